package vn.wardplan.indicator.comment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.indicator.value.IndicatorValues;
import vn.wardplan.platform.web.security.WhenDenied;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Comments on an indicator: ward leaders and the ward office write them, every official of the ward reads them. */
@RestController
class CommentResource {

    record CommentRequest(@NotBlank @Size(max = 4000) String text, @Min(2000) @Max(2100) Integer year) {
    }

    /** A comment as the API shows it: who wrote what, when, about which year (not the stored document's ward fields). */
    record CommentView(String id, String indicatorId, Integer year, String by, String displayName, String text, java.time.Instant at) {

        static CommentView of(IndicatorComment c) {
            return new CommentView(c.id(), c.indicatorId(), c.year(), c.by(), c.displayName(), c.text(), c.at());
        }
    }

    private final WardScopedMongo mongo;
    private final IndicatorValues indicators;
    private final Clock clock;

    CommentResource(WardScopedMongo mongo, IndicatorValues indicators, Clock clock) {
        this.mongo = mongo;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/api/indicators/{id}/comments")
    List<CommentView> list(@PathVariable String id) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        indicators.indicator(ward, id);
        return mongo.find(ward, new Query(Criteria.where("indicatorId").is(id)).with(Sort.by("at")), IndicatorComment.class).stream()
                .map(CommentView::of).toList();
    }

    @PostMapping("/api/indicators/{id}/comments")
    @PreAuthorize("hasAnyRole('ward-leader', 'ward-admin')")
    @WhenDenied("comment.notLeader")
    ResponseEntity<CommentView> comment(@PathVariable String id, @Valid @RequestBody CommentRequest request) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        indicators.indicator(ward, id);
        IndicatorComment comment = new IndicatorComment(UUID.randomUUID().toString(), ward.ward(), ward.city(), id,
                request.year(), caller.username(), caller.displayName(), request.text().strip(), clock.instant());
        return ResponseEntity.status(HttpStatus.CREATED).body(CommentView.of(mongo.save(ward, comment)));
    }
}
