package vn.wardplan.task.cityframe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes, for each indicator of a ward's plan, the indicator of the city's frame it means, from the meaning of its
 * name ({@link Wording}) and its measure unit, never from its row number. The words are weighted by how rare they are
 * in the frame ("nghèo" says more than "y tế"), and two scores are blended: how much the two names share (Dice) and
 * how much of the shorter name the longer one contains, so "Tỷ lệ hộ nghèo" still meets "Tỷ lệ hộ nghèo theo chuẩn
 * nghèo đa chiều". A word one letter off counts as the same word. A proposal is {@link Proposal#sure()} only when the
 * score is high, well ahead of the next candidate, the units agree, and the levels agree; everything else waits for
 * the ward office. A sub-indicator of the ward maps only to a sub-indicator of the frame; a ward's row may map to a
 * frame's sub-indicator (a sub-indicator the ward promoted to a row of its own).
 */
final class FrameMatcher {

    /** A ward's indicator as the matcher needs it. */
    public record WardIndicator(String key, String parentKey, String name, String measureUnit) {
    }

    /**
     * What the platform proposes: the frame indicator, a confidence from 0 to 1, whether it is sure enough to apply at
     * once, and why, in words an official reads. {@code frameCode} is null when nothing in the frame comes close.
     */
    public record Proposal(String frameCode, double confidence, boolean sure, String reason) {
    }

    static final double SURE = 0.8;
    static final double SURE_MARGIN = 0.1;
    static final double WORTH_PROPOSING = 0.45;

    private final List<FrameIndicator> frame;
    private final Map<String, Wording.Reading> frameReadings = new LinkedHashMap<>();
    private final Map<String, Double> weights = new HashMap<>();

    public FrameMatcher(List<FrameIndicator> frame) {
        this.frame = List.copyOf(frame);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (FrameIndicator indicator : frame) {
            Wording.Reading reading = Wording.of(indicator.name());
            frameReadings.put(indicator.code(), reading);
            reading.words().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        int n = Math.max(1, frame.size());
        documentFrequency.forEach((word, df) -> weights.put(word, Math.log(1.0 + (double) n / df)));
    }

    /** One proposal per ward indicator, by key; a frame indicator is taken by the ward's closest indicator only. */
    public Map<String, Proposal> propose(List<WardIndicator> ward) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        ward.forEach(w -> parentOf.put(w.key(), w.parentKey()));
        // Parents first, so a sub-indicator can prefer the children of what its parent means.
        List<WardIndicator> ordered = new ArrayList<>(ward.stream().filter(w -> w.parentKey() == null).toList());
        ordered.addAll(ward.stream().filter(w -> w.parentKey() != null).toList());
        for (WardIndicator indicator : ordered) {
            Candidate parent = indicator.parentKey() == null ? null : best.get(indicator.parentKey());
            best.put(indicator.key(), candidates(indicator, parent == null ? null : parent.frame()));
        }
        Map<String, String> takenBy = new HashMap<>();
        best.entrySet().stream().filter(e -> e.getValue().frame() != null)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Candidate> e) -> e.getValue().score()).reversed())
                .forEach(e -> takenBy.putIfAbsent(e.getValue().frame().code(), e.getKey()));
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        ward.forEach(w -> nameOf.put(w.key(), w.name()));
        for (WardIndicator indicator : ward) {
            Candidate c = best.get(indicator.key());
            if (c.frame() == null) {
                proposals.put(indicator.key(), new Proposal(null, round(c.score()), false,
                        "Không có chỉ tiêu nào của khung thành phố gần nghĩa; là chỉ tiêu riêng của phường/xã."));
                continue;
            }
            String holder = takenBy.get(c.frame().code());
            boolean sure = c.sure() && indicator.key().equals(holder);
            String reason = c.reason();
            if (!indicator.key().equals(holder)) {
                reason += "; chỉ tiêu khung này đã khớp hơn với “" + nameOf.get(holder) + "”";
            }
            proposals.put(indicator.key(), new Proposal(c.frame().code(), round(c.score()), sure, reason + "."));
        }
        return proposals;
    }

    private record Candidate(FrameIndicator frame, double score, boolean sure, String reason) {
    }

    private Candidate candidates(WardIndicator indicator, FrameIndicator parentMeans) {
        Wording.Reading own = Wording.of(indicator.name());
        List<Candidate> scored = new ArrayList<>();
        for (FrameIndicator candidate : frame) {
            boolean wardSub = indicator.parentKey() != null;
            boolean frameSub = candidate.parentCode() != null;
            if (wardSub && !frameSub) {
                continue;
            }
            Wording.Reading theirs = frameReadings.get(candidate.code());
            Overlap overlap = overlap(own.words(), theirs.words());
            double score = 0.6 * overlap.dice() + 0.4 * overlap.containment();
            List<String> why = new ArrayList<>();
            why.add("trùng " + Math.round(100 * overlap.dice()) + "% nghĩa của tên"
                    + (overlap.containment() >= 0.999 && overlap.dice() < 0.999 ? ", tên này nằm trọn trong tên kia" : ""));
            why.addAll(own.notes());
            theirs.notes().stream().filter(n -> !own.notes().contains(n)).forEach(why::add);
            overlap.typos().forEach(t -> why.add("coi “" + t[0] + "” là “" + t[1] + "” (lỗi gõ)"));
            String ownUnit = Wording.unitKind(indicator.measureUnit());
            String theirUnit = Wording.unitKind(candidate.measureUnit());
            boolean sameUnit = Wording.fold(indicator.measureUnit()).equals(Wording.fold(candidate.measureUnit()));
            if (sameUnit) {
                why.add(indicator.measureUnit() == null || indicator.measureUnit().isBlank() ? "cùng không ghi đơn vị tính"
                        : "cùng đơn vị tính “" + indicator.measureUnit() + "”");
            } else if (ownUnit.equals(theirUnit)) {
                score -= 0.05;
                why.add("đơn vị tính khác tên (“" + indicator.measureUnit() + "” và “" + candidate.measureUnit() + "”)");
            } else {
                score -= 0.2;
                why.add("khác đơn vị tính: “" + indicator.measureUnit() + "” và “" + candidate.measureUnit() + "”");
            }
            String numbers = numbers(own.words(), theirs.words());
            if (numbers != null) {
                score -= numbers.startsWith("khác") ? 0.3 : 0.1;
                why.add(numbers);
            }
            if (!wardSub && frameSub) {
                score -= 0.05;
                why.add("là chỉ tiêu con " + candidate.code() + " của khung, phường/xã ghi thành dòng riêng");
            }
            if (wardSub && parentMeans != null && candidate.parentCode().equals(parentMeans.code())) {
                score += 0.1;
                why.add("chỉ tiêu cha cũng khớp với " + parentMeans.code());
            }
            scored.add(new Candidate(candidate, score, sameUnit && wardSub == frameSub, String.join("; ", why)));
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (scored.isEmpty() || scored.getFirst().score() < WORTH_PROPOSING) {
            return new Candidate(null, scored.isEmpty() ? 0 : Math.max(0, scored.getFirst().score()), false, "");
        }
        Candidate top = scored.getFirst();
        double margin = scored.size() < 2 ? 1 : top.score() - scored.get(1).score();
        boolean sure = top.sure() && top.score() >= SURE && margin >= SURE_MARGIN;
        String reason = "Khớp với chỉ tiêu " + top.frame().code() + " “" + top.frame().name() + "”: " + top.reason();
        if (!sure && margin < SURE_MARGIN && scored.size() > 1) {
            reason += "; gần như ngang với " + scored.get(1).frame().code() + " “" + scored.get(1).frame().name() + "”";
        }
        return new Candidate(top.frame(), Math.min(1, top.score()), sure, reason);
    }

    private record Overlap(double dice, double containment, List<String[]> typos) {
    }

    private Overlap overlap(List<String> ours, List<String> theirs) {
        if (ours.isEmpty() || theirs.isEmpty()) {
            return new Overlap(0, 0, List.of());
        }
        double shared = 0;
        List<String[]> typos = new ArrayList<>();
        Set<String> unmatched = new java.util.LinkedHashSet<>(theirs);
        for (String word : ours) {
            if (unmatched.remove(word)) {
                shared += weight(word);
                continue;
            }
            String near = unmatched.stream().filter(t -> oneLetterOff(word, t)).findFirst().orElse(null);
            if (near != null) {
                unmatched.remove(near);
                shared += 0.8 * weight(near);
                typos.add(new String[] {word, near});
            }
        }
        double ourWeight = ours.stream().mapToDouble(this::weight).sum();
        double theirWeight = theirs.stream().mapToDouble(this::weight).sum();
        return new Overlap(2 * shared / (ourWeight + theirWeight), shared / Math.min(ourWeight, theirWeight), typos);
    }

    /** A word the frame never uses weighs like the frame's rarest. */
    private double weight(String word) {
        return weights.getOrDefault(word, Math.log(1.0 + Math.max(1, frame.size())));
    }

    /** One letter added, dropped or changed, in words long enough that this is a typo and not another word. */
    static boolean oneLetterOff(String a, String b) {
        if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = a.length() - 1;
        int k = b.length() - 1;
        while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
            j--;
            k--;
        }
        return Math.max(j - i + 1, k - i + 1) <= 1;
    }

    /**
     * Numbers in a name tell levels and grades apart ("mức độ 1", "mức độ 2"): different numbers, or a number on one side
     * only, weigh against the match. Null when the numbers agree.
     */
    private static String numbers(List<String> ours, List<String> theirs) {
        List<String> a = ours.stream().filter(w -> w.chars().allMatch(Character::isDigit)).toList();
        List<String> b = theirs.stream().filter(w -> w.chars().allMatch(Character::isDigit)).toList();
        if (a.equals(b)) {
            return null;
        }
        if (!a.isEmpty() && !b.isEmpty()) {
            return "khác số trong tên (" + String.join(", ", a) + " và " + String.join(", ", b) + ")";
        }
        return "chỉ một bên có số trong tên (" + String.join(", ", a.isEmpty() ? b : a) + ")";
    }

    private static double round(double score) {
        return Math.round(100 * Math.max(0, score)) / 100.0;
    }
}
