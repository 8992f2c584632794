package vn.wardplan.notification.deadline;

import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * How a period is named in what people read: as task-service's regime names it (the ward's {@link WardPeriods} copy),
 * else by its key's shape until that copy arrives.
 */
@Component
public class PeriodNames {

    private final WardScopedMongo mongo;

    PeriodNames(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    public String of(WardScope ward, String key) {
        return mongo.findById(ward, ward.ward(), WardPeriods.class)
                .flatMap(p -> p.periods().stream().filter(x -> x.key().equals(key)).findFirst())
                .map(WardPeriods.Period::label).orElse(PeriodKey.label(key));
    }

    /** The same inside a sentence: "năm 2026", "quý II/2026" (the first letter only made small). */
    public String inSentence(WardScope ward, String key) {
        String name = of(ward, key);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
