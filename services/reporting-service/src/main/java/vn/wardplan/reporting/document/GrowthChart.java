package vn.wardplan.reporting.document;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of the key growth indicators (JFreeChart): for each, the average yearly growth achieved since the
 * baseline beside the low and high ends of its target band ("14 - 15 %/năm"). Drawn with the embedded DejaVu Serif
 * so the Vietnamese labels render on any server.
 */
final class GrowthChart {

    private GrowthChart() {
    }

    static byte[] png(List<ReportData.GrowthBar> bars, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportData.GrowthBar bar : bars) {
            String label = bar.name().length() > 40 ? bar.name().substring(0, 38) + "…" : bar.name();
            data.addValue(bar.achieved(), "Tăng trưởng bình quân đạt được (%/năm)", label);
            data.addValue(bar.low(), "Mục tiêu - mức thấp", label);
            data.addValue(bar.high(), "Mục tiêu - mức cao", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Các chỉ tiêu tăng trưởng so với mục tiêu", null, "%/năm", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        Font font = font();
        chart.getTitle().setFont(font.deriveFont(Font.BOLD, 14f));
        chart.getLegend().setItemFont(font.deriveFont(11f));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setTickLabelFont(font.deriveFont(11f));
        plot.getRangeAxis().setTickLabelFont(font.deriveFont(11f));
        plot.getRangeAxis().setLabelFont(font.deriveFont(11f));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1f, 0x5f, 0xa8));
        renderer.setSeriesPaint(1, new Color(0xb8, 0xc8, 0xd8));
        renderer.setSeriesPaint(2, new Color(0x8a, 0xa4, 0xbf));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    static Font font() {
        try (InputStream in = GrowthChart.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("The embedded font is missing", e);
        }
    }
}
