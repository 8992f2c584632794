package vn.wardplan.platform.events.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Wakes the relay the moment a document with pending events is stored: MongoTemplate announces every save and insert
 * after the write returned, and the relay then sends that document's events at once, on its own thread, instead of at
 * its next poll. The poll stays: it relays what a restart, a failed send or another replica left behind.
 * Wake-ups that come while a pass runs are gathered into the next one.
 */
public class OutboxWakeUp extends AbstractMongoEventListener<Object> implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxWakeUp.class);

    private record Stored(String collection, Object id) {
    }

    private final OutboxRelay relay;
    private final Set<String> collections;
    private final ConcurrentLinkedQueue<Stored> woken = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-wake-up").factory());

    public OutboxWakeUp(OutboxRelay relay, List<OutboxCollection> collections) {
        this.relay = relay;
        this.collections = Set.copyOf(collections.stream().map(OutboxCollection::name).toList());
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        Document document = event.getDocument();
        if (document == null || !collections.contains(event.getCollectionName())
                || document.getList(OutboxCollection.FIELD, Object.class, List.of()).isEmpty()) {
            return;
        }
        stored(event.getCollectionName(), document.get("_id"));
    }

    /** A document with pending events was stored: relay them now. */
    public void stored(String collection, Object id) {
        woken.add(new Stored(collection, id));
        if (queued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        // Cleared before reading the queue: a document stored from now on schedules the next drain.
        queued.set(false);
        Map<String, Set<Object>> byCollection = new LinkedHashMap<>();
        for (Stored next; (next = woken.poll()) != null; ) {
            byCollection.computeIfAbsent(next.collection(), c -> new LinkedHashSet<>()).add(next.id());
        }
        byCollection.forEach((collection, ids) -> {
            try {
                relay.relayDocuments(collection, new ArrayList<>(ids));
            } catch (RuntimeException e) {
                // The events stay in their documents; the poll sends them.
                log.debug("Woken relay of {} left its events to the poll: {}", collection, e.getMessage());
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
