package vn.wardplan.task.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.wardplan.task.task.YearSpan;

/**
 * The header of a plan from wherever the document states it: the title after "KẾ HOẠCH", the period ("giai đoạn
 * 2026 - 2030", "5 năm 2026-2030"), the number and date from the document's own "Số: …" and place-date lines or from
 * an appendix's "(Kèm theo / Ban hành kèm theo Kế hoạch số … ngày …)", with dates written "ngày 08 tháng 4 năm 2026"
 * or "08/4/2026", and the signer's name above the appendices.
 */
final class PlanHeading {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PLAN_NUMBER = "(\\d{1,4}/[\\p{L}\\d]{1,12}(?:-[\\p{L}\\d]{1,12}){0,4})";
    private static final Pattern ATTACHED_TO = Pattern.compile(
            "kèm theo\\s{0,3}(?:kế hoạch|KH)\\s{0,3}(?:số)?\\s{0,3}:?\\s{0,3}" + PLAN_NUMBER, FLAGS);
    private static final Pattern OWN_NUMBER = Pattern.compile("(?:^|\\s)Số\\s{0,3}:?\\s{0,3}" + PLAN_NUMBER, FLAGS);
    private static final Pattern DATE = Pattern.compile(
            "ngày\\s{0,3}(\\d{1,2})\\s{0,3}(?:tháng\\s{0,3}|[/.-])\\s{0,3}(\\d{1,2})\\s{0,3}(?:năm\\s{0,3}|[/.-])\\s{0,3}(\\d{4})", FLAGS);
    private static final Pattern PERIOD = Pattern.compile(
            "(?:giai đoạn|5 năm|năm năm|kế hoạch 5 năm)\\s{0,3}(\\d{4})\\s{0,3}[-–]\\s{0,3}(\\d{4})", FLAGS);
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s{0,3}[-–]\\s{0,3}(\\d{4})");
    private static final Pattern END_YEAR = Pattern.compile("(?:đến năm|năm)\\s{0,3}(20\\d\\d)", FLAGS);
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{L}*(\\s+\\p{Lu}\\p{L}*){1,4}$");
    /** The document's own header (number, place and date) sits in its first lines, above the title. */
    private static final int HEADER_LINES = 30;

    private PlanHeading() {
    }

    private record Dated(String number, LocalDate date, int line) {
    }

    static ParsedPlan.Header read(String[] lines, int bodyEnd, List<PlanTextReader.Table> tables, List<ImportWarning> warnings) {
        int titleLine = titleLine(lines, bodyEnd);
        String title = titleLine < 0 ? null : lines[titleLine].strip();
        YearSpan period = period(lines, title, tables, warnings);
        Dated own = own(lines, titleLine < 0 ? Math.min(HEADER_LINES, bodyEnd) : titleLine, warnings);
        Dated indicators = attached(lines, tables, false, warnings);
        Dated tasks = attached(lines, tables, true, warnings);
        if (indicators != null && tasks != null && indicators.date() != null && tasks.date() != null
                && !indicators.date().equals(tasks.date())) {
            warnings.add(new ImportWarning("APPENDIX_DATES_DIFFER", tasks.line(), "Phụ lục I ghi ngày " + vi(indicators.date())
                    + ", Phụ lục II ghi ngày " + vi(tasks.date()) + "; lấy ngày của "
                    + (own != null && own.date() != null ? "văn bản (" + vi(own.date()) + ")" : "Phụ lục I (" + vi(indicators.date()) + ")")
                    + " làm ngày ban hành."));
        }
        if (indicators != null && tasks != null && !indicators.number().equals(tasks.number())) {
            warnings.add(new ImportWarning("APPENDIX_NUMBERS_DIFFER", tasks.line(), "Phụ lục I thuộc Kế hoạch số "
                    + indicators.number() + ", Phụ lục II thuộc Kế hoạch số " + tasks.number() + "."));
        }
        Dated appendix = indicators != null ? indicators : tasks;
        if (own != null && appendix != null && !own.number().equals(appendix.number())) {
            warnings.add(new ImportWarning("APPENDIX_NUMBERS_DIFFER", appendix.line(), "Văn bản mang số " + own.number()
                    + ", phụ lục ghi kèm theo Kế hoạch số " + appendix.number() + "; lấy số của văn bản."));
        }
        String number = own != null ? own.number() : appendix == null ? null : appendix.number();
        LocalDate issuedOn = own != null && own.date() != null ? own.date() : appendix == null ? null : appendix.date();
        if (own != null && own.date() != null && appendix != null && appendix.date() != null && !own.date().equals(appendix.date())
                && (tasks == null || indicators == null || indicators.date().equals(tasks.date()))) {
            warnings.add(new ImportWarning("APPENDIX_DATES_DIFFER", appendix.line(), "Văn bản ghi ngày " + vi(own.date())
                    + ", phụ lục ghi ngày " + vi(appendix.date()) + "; lấy ngày của văn bản."));
        }
        return new ParsedPlan.Header(number, issuedOn, title, period.first(), period.last(), signer(lines, bodyEnd));
    }

    private static int titleLine(String[] lines, int bodyEnd) {
        for (int i = 0; i < bodyEnd; i++) {
            if (lines[i].strip().equals("KẾ HOẠCH")) {
                for (int j = i + 1; j < bodyEnd; j++) {
                    if (!lines[j].isBlank()) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    private static YearSpan period(String[] lines, String title, List<PlanTextReader.Table> tables, List<ImportWarning> warnings) {
        Matcher m = PERIOD.matcher(title == null ? "" : title);
        if (m.find() || title != null && (m = YEARS.matcher(title)).find() && spansAPlan(m)) {
            return new YearSpan(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        // The Excel form has no title page: take the period from the appendices' headings instead.
        for (String line : lines) {
            m = PERIOD.matcher(line);
            if (m.find() && spansAPlan(m)) {
                return new YearSpan(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        for (PlanTextReader.Table table : tables) {
            Matcher end = END_YEAR.matcher(lines[table.header()]);
            if (!table.tasks() && end.find()) {
                int endYear = Integer.parseInt(end.group(1));
                warnings.add(new ImportWarning("PERIOD_ASSUMED", table.header() + 1, "Văn bản không ghi giai đoạn; hiểu là 5 năm "
                        + (endYear - 4) + " - " + endYear + " theo cột \"đến năm " + endYear + "\"."));
                return new YearSpan(endYear - 4, endYear);
            }
        }
        throw new PlanFormatException("Không tìm thấy giai đoạn của kế hoạch (cần \"giai đoạn 2026 - 2030\" hoặc"
                + " \"5 năm 2026 - 2030\" trong tên kế hoạch hoặc tiêu đề phụ lục).");
    }

    private static boolean spansAPlan(Matcher m) {
        int length = Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1));
        return length >= 1 && length <= 10;
    }

    /** "Số: 57/KH-UBND" and "Tân Tiến, ngày 08 tháng 4 năm 2026" above the title. */
    private static Dated own(String[] lines, int end, List<ImportWarning> warnings) {
        String number = null;
        int numberLine = 0;
        LocalDate date = null;
        for (int i = 0; i < end; i++) {
            String line = lines[i].replace("*", "");
            Matcher n = OWN_NUMBER.matcher(line);
            if (number == null && n.find()) {
                number = n.group(1).toUpperCase();
                numberLine = i + 1;
            }
            Matcher d = DATE.matcher(line);
            if (date == null && d.find()) {
                date = date(d, i + 1, warnings);
            }
        }
        return number == null ? null : new Dated(number, date, numberLine);
    }

    private static Dated attached(String[] lines, List<PlanTextReader.Table> tables, boolean tasks, List<ImportWarning> warnings) {
        for (PlanTextReader.Table table : tables) {
            if (table.tasks() != tasks) {
                continue;
            }
            int from = Math.max(table.heading(), 0);
            for (int i = from; i < table.header(); i++) {
                String line = lines[i].replace("*", "");
                Matcher m = ATTACHED_TO.matcher(line);
                if (m.find()) {
                    Matcher d = DATE.matcher(line.substring(m.end()));
                    return new Dated(m.group(1).toUpperCase(), d.find() ? date(d, i + 1, warnings) : null, i + 1);
                }
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m, int line, List<ImportWarning> warnings) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            warnings.add(new ImportWarning("DATE_NOT_READ", line, "Ngày \"" + m.group() + "\" không phải một ngày có thật."));
            return null;
        }
    }

    /** The signer is the last line before the appendices that is only a person's name. */
    private static String signer(String[] lines, int bodyEnd) {
        for (int i = bodyEnd - 1; i >= 0; i--) {
            String line = lines[i].replace("*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            return PERSON.matcher(line).matches() && !line.equals(line.toUpperCase()) ? line : null;
        }
        return null;
    }

    private static String vi(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
