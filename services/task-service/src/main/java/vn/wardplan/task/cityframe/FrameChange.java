package vn.wardplan.task.cityframe;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.wardplan.platform.web.problem.WardplanProblem;

/**
 * The checks a new frame passes before it is stored; the first that fails is a 400 problem and nothing changes.
 * Codes are short and unique; a sub-indicator's parent is a top-level indicator of the same frame; names are given.
 */
final class FrameChange {

    static final int MAX_INDICATORS = 500;
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._-]{1,20}");
    private static final Set<String> DIRECTIONS = Set.of("UP", "DOWN", "KEEP");

    private FrameChange() {
    }

    static List<FrameIndicator> checked(List<FrameIndicator> indicators) {
        if (indicators == null || indicators.isEmpty()) {
            throw WardplanProblem.badRequest("frame.empty");
        }
        if (indicators.size() > MAX_INDICATORS) {
            throw WardplanProblem.badRequest("frame.tooMany", MAX_INDICATORS);
        }
        Set<String> codes = new HashSet<>();
        for (FrameIndicator i : indicators) {
            if (i == null || i.code() == null || !CODE.matcher(i.code()).matches()) {
                throw WardplanProblem.badRequest("frame.code", i == null ? "" : String.valueOf(i.code()));
            }
            if (!codes.add(i.code())) {
                throw WardplanProblem.badRequest("frame.codeTwice", i.code());
            }
            if (i.name() == null || i.name().isBlank() || i.name().length() > 300) {
                throw WardplanProblem.badRequest("frame.name", i.code());
            }
            if (i.direction() != null && !DIRECTIONS.contains(i.direction())) {
                throw WardplanProblem.badRequest("frame.direction", i.code(), i.direction());
            }
            if (tooLong(i.group(), 200) || tooLong(i.measureUnit(), 50) || tooLong(i.cityTarget(), 200) || tooLong(i.targetKind(), 40)) {
                throw WardplanProblem.badRequest("frame.tooLong", i.code());
            }
        }
        Map<String, FrameIndicator> byCode = indicators.stream().collect(Collectors.toMap(FrameIndicator::code, i -> i));
        for (FrameIndicator i : indicators) {
            if (i.parentCode() == null) {
                continue;
            }
            FrameIndicator parent = byCode.get(i.parentCode());
            if (parent == null || parent.parentCode() != null || parent.code().equals(i.code())) {
                throw WardplanProblem.badRequest("frame.parent", i.code(), i.parentCode());
            }
        }
        List<FrameIndicator> ordered = new java.util.ArrayList<>();
        for (int p = 0; p < indicators.size(); p++) {
            FrameIndicator i = indicators.get(p);
            ordered.add(new FrameIndicator(i.code(), i.parentCode(), p + 1, blankToNull(i.group()), i.name().strip(),
                    blankToNull(i.measureUnit()), i.direction() == null ? "UP" : i.direction(), blankToNull(i.targetKind()),
                    blankToNull(i.cityTarget())));
        }
        return List.copyOf(ordered);
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
