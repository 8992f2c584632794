package vn.wardplan.reporting.rebuild;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.unitdirectory.WardUnit;
import vn.wardplan.reporting.wardindex.WardReadIndex;
import vn.wardplan.reporting.wards.WardEntry;

/**
 * Rebuilds every read model from the topics when the service starts with {@code wardplan.reporting.rebuild=true}
 * ({@code ./wardplan rebuild-reports} locally; a one-replica run in Kubernetes, ADR 0013): before the Kafka listeners
 * start, it deletes reporting's consumer groups (so they read their topics from the beginning), empties the read
 * models and forgets the handled event ids; the listeners then replay every event, which the idempotent upserts turn
 * into the same state. Refuses to run while another instance is consuming (the groups are not empty). The audit trail
 * is not a read model: it is the record of what was changed, kept insert-only, and a rebuild leaves it alone.
 */
@Component
class ReadModelRebuild implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    static final List<String> GROUPS = List.of("indicators", "tasks", "unit-directory", "wards", "regimes", "frames", "explanations");
    static final List<Class<?>> READ_MODELS = List.of(IndicatorView.class, TaskView.class, WardUnit.class, WardEntry.class,
            WardReadIndex.class, vn.wardplan.reporting.timeliness.RegimePeriods.class,
            vn.wardplan.reporting.comparison.CityFrameView.class, vn.wardplan.reporting.task.WardDues.class,
            vn.wardplan.reporting.explanation.ExplanationCopy.class);

    private final boolean enabled;
    private final String prefix;
    private final KafkaAdmin kafka;
    private final AcrossWards acrossWards;
    private final EventInbox inbox;
    private final MeterRegistry meters;
    private volatile boolean running;

    ReadModelRebuild(@Value("${wardplan.reporting.rebuild:false}") boolean enabled,
            @Value("${wardplan.reporting.consumer-group-prefix:reporting}") String prefix, KafkaAdmin kafka,
            AcrossWards acrossWards, EventInbox inbox, MeterRegistry meters) {
        this.enabled = enabled;
        this.prefix = prefix;
        this.kafka = kafka;
        this.acrossWards = acrossWards;
        this.inbox = inbox;
        this.meters = meters;
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            return;
        }
        List<String> groups = GROUPS.stream().map(g -> prefix + "-" + g).toList();
        try (AdminClient admin = AdminClient.create(kafka.getConfigurationProperties())) {
            for (String group : groups) {
                try {
                    admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupNotEmptyException) {
                        throw new IllegalStateException("Consumer group " + group + " is in use: stop every other "
                                + "reporting-service instance before rebuilding the read models", e);
                    }
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw new IllegalStateException("Could not reset consumer group " + group, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while resetting reporting's consumer groups", e);
        }
        long documents = READ_MODELS.stream().mapToLong(acrossWards::clearReadModel).sum();
        long handled = inbox.forget("reporting-");
        meters.counter("wardplan.reporting.rebuild.cleared").increment(documents);
        log.info("Rebuilding the read models: consumer groups {} reset to the beginning of their topics, {} documents and "
                + "{} handled-event records cleared; the listeners now replay every event", groups, documents, handled);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers (which start in the last phases). */
    @Override
    public int getPhase() {
        return 0;
    }
}
