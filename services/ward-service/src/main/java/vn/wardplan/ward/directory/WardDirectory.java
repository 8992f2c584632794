package vn.wardplan.ward.directory;

import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.Paging;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;

/**
 * Who sees which wards: a platform-admin every ward, a city-viewer the wards of their city, everyone else their
 * own ward. A ward outside the caller's reach answers 403 whether or not it exists, so codes cannot be probed.
 */
@Service
public class WardDirectory {

    private final AcrossWards acrossWards;
    private final Cities cities;

    WardDirectory(AcrossWards acrossWards, Cities cities) {
        this.acrossWards = acrossWards;
        this.cities = cities;
    }

    public PagedModel<WardView> list(Caller caller, String city, PageRequest page) {
        Criteria filter = visibleTo(caller);
        if (city != null && !city.isBlank()) {
            filter = new Criteria().andOperator(filter, Criteria.where(WardScope.CITY_FIELD).is(city));
        }
        Query query = new Query(filter).with(Sort.by("city", "name")).with(page);
        var content = acrossWards.find(query, Ward.class).stream().map(w -> WardView.of(w, cities)).toList();
        return Paging.model(content, page, acrossWards.count(filter, Ward.class));
    }

    /** The ward, if the caller may see it; 403 otherwise, 404 only to those who could see it. */
    public Ward visible(Caller caller, String code) {
        Optional<Ward> ward = find(code);
        if (caller.platformAdmin()) {
            return ward.orElseThrow(() -> WardplanProblem.notFound("ward.notFound", code));
        }
        boolean ownWard = code.equals(caller.ward());
        boolean ofViewersCity = ward.map(w -> caller.viewerOf(w.city())).orElse(false);
        if (!ownWard && !ofViewersCity) {
            throw WardplanProblem.forbidden("ward.other", code);
        }
        return ward.orElseThrow(() -> WardplanProblem.notFound("ward.notFound", code));
    }

    public Optional<Ward> find(String code) {
        return acrossWards.findById(code, Ward.class);
    }

    public WardView view(Ward ward) {
        return WardView.of(ward, cities);
    }

    private static Criteria visibleTo(Caller caller) {
        if (caller.platformAdmin()) {
            return new Criteria();
        }
        if (caller.viewerOf(caller.city())) {
            return Criteria.where(WardScope.CITY_FIELD).is(caller.city());
        }
        if (caller.ward() != null) {
            return Criteria.where("_id").is(caller.ward());
        }
        return Criteria.where("_id").is(null);
    }
}
