package vn.wardplan.task.unit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The units of each ward. Registering or changing a unit stores the unit and its event in one write. */
@Service
public class UnitCatalogue {

    private static final Logger log = LoggerFactory.getLogger(UnitCatalogue.class);

    /**
     * A ward's units or their names changed: what its plans name but could not resolve may resolve now. Published
     * in-process after the change is stored.
     */
    public record UnitsChanged(WardScope ward) {
    }

    private final WardScopedMongo mongo;
    private final UnitEvents events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    UnitCatalogue(WardScopedMongo mongo, UnitEvents events, Clock clock, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    public List<Unit> list(WardScope ward) {
        return mongo.find(ward, new Query().with(Sort.by("code")), Unit.class);
    }

    public Optional<Unit> find(WardScope ward, String code) {
        return mongo.findOne(ward, Criteria.where("code").is(code), Unit.class);
    }

    /** Creates the unit or brings it to the given name, aliases and mailbox; repeating the same call changes nothing. */
    public Outcome register(WardScope ward, String code, String name, List<String> aliases, String mailbox) {
        Optional<Unit> existing = find(ward, code);
        if (existing.isEmpty()) {
            Unit unit = Unit.register(ward.ward(), ward.city(), code, name, aliases, mailbox, clock.instant(),
                    events.registered(ward, code, name, aliases, mailbox));
            Unit saved = mongo.save(ward, unit);
            log.info("Unit {} of ward {} registered as \"{}\"", code, ward.ward(), name);
            publisher.publishEvent(new UnitsChanged(ward));
            return new Outcome(saved, true);
        }
        Unit unit = existing.get();
        if (unit.sameAs(name, aliases, mailbox)) {
            return new Outcome(unit, false);
        }
        Unit updated = unit.update(name, aliases, mailbox, clock.instant(), events.updated(ward, code, name, aliases, mailbox));
        Unit saved = mongo.save(ward, updated);
        log.info("Unit {} of ward {} is now \"{}\"", code, ward.ward(), name);
        publisher.publishEvent(new UnitsChanged(ward));
        return new Outcome(saved, false);
    }

    /**
     * Keeps a document's wording as one more name of the unit (the office's mapping of a name the import could not
     * resolve); an alias the unit already has changes nothing.
     */
    public Outcome addAlias(WardScope ward, Unit unit, String alias) {
        if (unit.name().equalsIgnoreCase(alias) || unit.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(alias))) {
            return new Outcome(unit, false);
        }
        List<String> aliases = new java.util.ArrayList<>(unit.aliases());
        aliases.add(alias);
        return register(ward, unit.code(), unit.name(), aliases, unit.mailbox());
    }

    /**
     * Creates the unit unless the ward has one with that code: what onboarding seeds never overwrites what the
     * ward has since named its units. Returns whether it was created.
     */
    public boolean registerIfAbsent(WardScope ward, String code, String name, List<String> aliases) {
        if (find(ward, code).isPresent()) {
            return false;
        }
        try {
            register(ward, code, name, aliases, null);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException concurrentlyRegistered) {
            return false;
        }
    }

    /** The unit after the call and whether it was created by it. */
    public record Outcome(Unit unit, boolean created) {
    }
}
