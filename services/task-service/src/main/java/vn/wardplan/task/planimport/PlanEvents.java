package vn.wardplan.task.planimport;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The plan events task-service publishes on {@value #TOPIC} (contract: docs/events/plans.md). indicator-service
 * defines the ward's indicators from the rows of Phụ lục I they carry. Key: the plan id.
 */
@Component
class PlanEvents {

    public static final String TOPIC = "wardplan.plans";
    public static final String IMPORTED = "vn.wardplan.plan.imported.v1";

    /** Data of {@value #IMPORTED}: the plan's header and every indicator row of Phụ lục I as written. */
    public record PlanImported(String number, LocalDate issuedOn, String title, int startYear, int endYear,
            String signer, Integer effectiveFrom, List<IndicatorLine> indicators) {
    }

    private final OutboxEvents outbox;

    PlanEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    /** {@code effectiveFrom}: the year an amended plan's changed targets take effect; null when it corrects the whole term. */
    public OutboxEvent imported(WardScope ward, String number, Plan.Content plan, Integer effectiveFrom) {
        return outbox.create(TOPIC, IMPORTED, Plan.idOf(ward.ward(), number), ward.ward(), ward.city(),
                new PlanImported(number, plan.issuedOn(), plan.title(), plan.startYear(), plan.endYear(), plan.signer(),
                        effectiveFrom, plan.indicators()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection plansOutbox() {
            return OutboxCollection.of(Plan.class);
        }

        @Bean
        NewTopic plansTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
