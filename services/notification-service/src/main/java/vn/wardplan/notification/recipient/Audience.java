package vn.wardplan.notification.recipient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Who a reminder goes to. The officers of the lead unit and of the coordinating units get the reminders, with the
 * units' official mailboxes; an escalation goes to the directing leader and the lead unit only.
 */
@Component
public class Audience {

    /** The people and unit mailboxes of one reminder, and the names of the units for the text. */
    public record Recipients(List<Official> officials, List<String> mailboxes, Map<String, String> unitNames) {
    }

    private final Officials officials;
    private final WardScopedMongo mongo;

    Audience(Officials officials, WardScopedMongo mongo) {
        this.officials = officials;
        this.mongo = mongo;
    }

    public Recipients reminded(WardScope ward, String leadUnit, List<String> coordinatingUnits) {
        List<String> units = new java.util.ArrayList<>();
        if (leadUnit != null) {
            units.add(leadUnit);
        }
        if (coordinatingUnits != null) {
            coordinatingUnits.stream().filter(u -> !units.contains(u)).forEach(units::add);
        }
        return collect(ward, units, List.of());
    }

    public Recipients escalated(WardScope ward, String leadUnit, String directingLeader) {
        return collect(ward, leadUnit == null ? List.of() : List.of(leadUnit), officials.directingLeaders(ward, directingLeader));
    }

    private Recipients collect(WardScope ward, List<String> units, List<Official> leaders) {
        Map<String, Official> people = new LinkedHashMap<>();
        leaders.forEach(o -> people.putIfAbsent(o.username(), o));
        Map<String, String> names = new LinkedHashMap<>();
        List<String> mailboxes = new java.util.ArrayList<>();
        for (String unit : units) {
            officials.ofUnit(ward, unit).forEach(o -> people.putIfAbsent(o.username(), o));
            mongo.findOne(ward, Criteria.where("code").is(unit), WardUnit.class).ifPresent(u -> {
                names.put(u.code(), u.name());
                if (u.mailbox() != null && !mailboxes.contains(u.mailbox())) {
                    mailboxes.add(u.mailbox());
                }
            });
        }
        return new Recipients(List.copyOf(people.values()), mailboxes, names);
    }
}
