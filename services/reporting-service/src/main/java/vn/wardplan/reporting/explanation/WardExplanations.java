package vn.wardplan.reporting.explanation;

import java.time.ZoneId;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** A ward's requests for explanation as the overview and the reports show them. */
@Component
public class WardExplanations {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MOST = 200;

    private final WardScopedMongo mongo;

    WardExplanations(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    /** Those still waiting (for an answer, or for the asker to close them), the earliest answer due first. */
    public List<ExplanationCopy> waiting(WardScope ward) {
        return mongo.find(ward, new Query(Criteria.where("status").in("OPEN", "ANSWERED"))
                .with(Sort.by("answerDue", "askedAt")).limit(MOST), ExplanationCopy.class);
    }

    /** Those asked in the year (Vietnam time), in the order they were asked. */
    public List<ExplanationCopy> askedIn(WardScope ward, int year) {
        return mongo.find(ward, new Query(Criteria.where("askedAt").gte(java.time.LocalDate.of(year, 1, 1).atStartOfDay(VIETNAM).toInstant())
                .lt(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(VIETNAM).toInstant())).with(Sort.by("askedAt")).limit(MOST),
                ExplanationCopy.class);
    }
}
