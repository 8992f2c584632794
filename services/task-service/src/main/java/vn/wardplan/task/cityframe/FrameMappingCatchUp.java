package vn.wardplan.task.cityframe;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.task.planimport.Plan;

/**
 * On start, catches up a city whose mappings are behind its frame: a frame stored just before a crash (mappings of an
 * older version), or a first re-mapping cut short (a ward with a plan and no mapping). Two small queries per city
 * tell; only a city behind is proposed again (an import maps its rows before it stores its plan, so it leaves none).
 */
@Component
class FrameMappingCatchUp implements ApplicationRunner {

    private final AcrossWards acrossWards;
    private final IndicatorFrames frames;
    private final IndicatorMappings mappings;

    FrameMappingCatchUp(AcrossWards acrossWards, IndicatorFrames frames, IndicatorMappings mappings) {
        this.acrossWards = acrossWards;
        this.frames = frames;
        this.mappings = mappings;
    }

    @Override
    public void run(ApplicationArguments args) {
        java.util.Set<WardScope> mapped = new java.util.HashSet<>(acrossWards.wardsOf(IndicatorMapping.class));
        List<WardScope> planned = acrossWards.wardsOf(Plan.class);
        for (WardScope city : acrossWards.wardsOf(IndicatorFrame.class)) {
            frames.current(city.city()).ifPresent(frame -> {
                boolean olderVersion = acrossWards.count(Criteria.where(WardScope.CITY_FIELD).is(frame.city())
                        .and("frameVersion").ne(frame.version()), IndicatorMapping.class) > 0;
                boolean unmapped = planned.stream().anyMatch(w -> frame.city().equals(w.city()) && !mapped.contains(w));
                if (olderVersion || unmapped) {
                    mappings.remapCity(frame);
                }
            });
        }
    }
}
