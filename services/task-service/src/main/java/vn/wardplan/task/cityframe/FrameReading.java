package vn.wardplan.task.cityframe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.wardplan.task.planimport.ParsedPlan;
import vn.wardplan.task.planimport.TargetReader;

/**
 * The city's frame read from the appendix of the city's own plan, by the reader every ward's plan goes through. A
 * row's code is its printed number; an unnumbered sub-row gets its parent's number and its place ("8.1"), and a
 * repeated number its occurrence ("13_2"), as a ward's rows do.
 */
final class FrameReading {

    private FrameReading() {
    }

    static List<FrameIndicator> of(ParsedPlan plan) {
        List<FrameIndicator> frame = new ArrayList<>();
        Map<Integer, String> codeByPosition = new HashMap<>();
        Map<Integer, Integer> children = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ParsedPlan.IndicatorRow row : plan.indicators()) {
            String parent = row.parentPosition() == null ? null : codeByPosition.get(row.parentPosition());
            String printed = row.code() != null ? row.code()
                    : parent != null ? parent + "." + children.merge(row.parentPosition(), 1, Integer::sum) : "p" + row.position();
            int occurrence = seen.merge(printed, 1, Integer::sum);
            String code = occurrence == 1 ? printed : printed + "_" + occurrence;
            codeByPosition.put(row.position(), code);
            TargetReader.Reading target = TargetReader.read(row.byEndText(), row.yearlyText(), row.name(), plan.header().endYear());
            String kind = target.target() == null ? null : target.target().kind();
            String wording = String.join(" / ", java.util.stream.Stream.of(row.byEndText(), row.yearlyText())
                    .filter(t -> t != null && !t.isBlank()).toList());
            frame.add(new FrameIndicator(code, parent, row.position(), row.group(), row.name(), row.measureUnit(),
                    direction(kind), kind, wording.isEmpty() ? null : wording));
        }
        return frame;
    }

    static String direction(String targetKind) {
        if (targetKind == null) {
            return "UP";
        }
        return switch (targetKind) {
            case "CEILING", "DECREASE_EVERY_YEAR" -> "DOWN";
            case "MAINTAIN", "ACHIEVE" -> "KEEP";
            default -> "UP";
        };
    }
}
