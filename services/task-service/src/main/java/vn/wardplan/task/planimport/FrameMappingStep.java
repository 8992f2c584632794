package vn.wardplan.task.planimport;

import java.util.List;

import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * What an import needs from the city's indicator frame (implemented there, so the frame depends on the plan reader and
 * not the other way round): the mapping a dry run shows, and the mapping of what was imported.
 */
public interface FrameMappingStep {

    /** Each indicator row with the frame indicator it maps or would map to; empty when the city has no frame yet. */
    List<ImportReport.MappingPreview> preview(WardScope ward, String planNumber, List<IndicatorLine> lines);

    /** Stores the mapping of the imported rows (office decisions kept) and publishes what changed. */
    void imported(WardScope ward, String planNumber, List<IndicatorLine> lines);
}
