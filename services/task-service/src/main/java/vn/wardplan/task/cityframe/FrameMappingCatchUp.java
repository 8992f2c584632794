package vn.wardplan.task.cityframe;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * On start, proposes every city's mappings again against its current frame: a frame stored just before a crash, or an
 * import stored before its mappings, is caught up. It writes only what differs, so a second start writes nothing.
 */
@Component
class FrameMappingCatchUp implements ApplicationRunner {

    private final WardScopedMongo mongo;
    private final IndicatorFrames frames;
    private final IndicatorMappings mappings;

    FrameMappingCatchUp(WardScopedMongo mongo, IndicatorFrames frames, IndicatorMappings mappings) {
        this.mongo = mongo;
        this.frames = frames;
        this.mappings = mappings;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (WardScope city : mongo.wardsOf(IndicatorFrame.class)) {
            frames.current(city.city()).ifPresent(mappings::remapCity);
        }
    }
}
