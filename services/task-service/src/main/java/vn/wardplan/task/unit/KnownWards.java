package vn.wardplan.task.unit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.task.regime.WardsOfCity;
import vn.wardplan.task.task.Task;

/** The wards of a city task-service knows: those with units or with tasks. */
@Component
class KnownWards implements WardsOfCity {

    private final AcrossWards acrossWards;

    KnownWards(AcrossWards acrossWards) {
        this.acrossWards = acrossWards;
    }

    @Override
    public List<WardScope> of(String city) {
        Set<WardScope> wards = new LinkedHashSet<>(acrossWards.wardsOf(Unit.class));
        wards.addAll(acrossWards.wardsOf(Task.class));
        return wards.stream().filter(w -> city.equals(w.city())).toList();
    }
}
