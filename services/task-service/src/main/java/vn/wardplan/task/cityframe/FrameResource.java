package vn.wardplan.task.cityframe;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.task.planimport.ImportWarning;
import vn.wardplan.task.planimport.PlanDocuments;

/**
 * The caller's city's indicator frame: read by everyone of the city, kept by its planning staff (city-planner), from
 * the city's plan document or indicator by indicator. Every change is a new version, and every ward's mapping is
 * proposed again against it.
 */
@RestController
class FrameResource {

    /** A version of the frame. */
    record FrameView(String city, int version, String source, String changedBy, Instant changedAt,
            List<FrameIndicator> indicators) {

        static FrameView of(IndicatorFrame f) {
            return new FrameView(f.city(), f.version(), f.source(), f.changedBy(), f.changedAt(), f.indicators());
        }
    }

    /** A version in the history. */
    record VersionView(int version, String source, String changedBy, Instant changedAt, int indicators) {
    }

    /** The body of a change: the whole frame, in order (the order is the frame's). */
    record FrameRequest(List<IndicatorRequest> indicators) {
    }

    /** One indicator of a change; {@code direction} UP, DOWN or KEEP (UP when left out). */
    record IndicatorRequest(String code, String parentCode, String group, String name, String measureUnit, String direction,
            String targetKind, String cityTarget) {

        FrameIndicator indicator() {
            return new FrameIndicator(code, parentCode, 0, group, name, measureUnit, direction, targetKind, cityTarget);
        }
    }

    /** The frame read from the city's plan document, and the version it became unless it was a dry run. */
    record DocumentView(boolean dryRun, String number, List<FrameIndicator> indicators, List<ImportWarning> warnings,
            Integer version) {
    }

    private final IndicatorFrames frames;
    private final IndicatorMappings mappings;
    private final PlanDocuments documents;

    FrameResource(IndicatorFrames frames, IndicatorMappings mappings, PlanDocuments documents) {
        this.frames = frames;
        this.mappings = mappings;
        this.documents = documents;
    }

    @GetMapping("/api/indicator-frame")
    FrameView current() {
        String city = cityOf(CurrentCaller.get());
        return frames.current(city).map(FrameView::of).orElseThrow(() -> WardplanProblem.notFound("frame.none", city));
    }

    @GetMapping("/api/indicator-frame/versions")
    List<VersionView> versions() {
        return frames.versions(cityOf(CurrentCaller.get())).stream()
                .map(f -> new VersionView(f.version(), f.source(), f.changedBy(), f.changedAt(), f.indicators().size())).toList();
    }

    @GetMapping("/api/indicator-frame/versions/{version}")
    FrameView version(@PathVariable int version) {
        String city = cityOf(CurrentCaller.get());
        return frames.version(city, version).map(FrameView::of)
                .orElseThrow(() -> WardplanProblem.notFound("frame.noVersion", version));
    }

    @PutMapping("/api/indicator-frame")
    @PreAuthorize("hasRole('city-planner')")
    FrameView replace(@RequestBody FrameRequest request) {
        Caller caller = CurrentCaller.get();
        List<FrameIndicator> indicators = request == null || request.indicators() == null ? null
                : request.indicators().stream().map(i -> i == null ? null : i.indicator()).toList();
        IndicatorFrame frame = frames.replace(cityOf(caller), indicators, "API", new Actor(caller.username(), caller.displayName()));
        mappings.remapCity(frame);
        return FrameView.of(frame);
    }

    @PostMapping("/api/indicator-frame/document")
    @PreAuthorize("hasRole('city-planner')")
    DocumentView fromDocument(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun) {
        Caller caller = CurrentCaller.get();
        String city = cityOf(caller);
        try (PlanDocuments.Reading reading = documents.read(IndicatorFrame.scopeOf(city), file)) {
            List<FrameIndicator> read = FrameReading.of(reading.plan());
            List<ImportWarning> warnings = reading.plan().warnings().stream()
                    // A city plan has no tasks appendix to miss.
                    .filter(w -> !(w.code().equals("APPENDIX_MISSING") && w.message().contains("Phụ lục II"))).toList();
            String number = reading.plan().header().number();
            if (dryRun) {
                return new DocumentView(true, number, FrameChange.checked(read), warnings, null);
            }
            IndicatorFrame frame = frames.replace(city, read, number == null ? "văn bản" : number,
                    new Actor(caller.username(), caller.displayName()));
            mappings.remapCity(frame);
            return new DocumentView(false, number, frame.indicators(), warnings, frame.version());
        }
    }

    static String cityOf(Caller caller) {
        if (caller.city() == null || caller.city().isBlank()) {
            throw WardplanProblem.badRequest("frame.noCity");
        }
        return caller.city();
    }
}
