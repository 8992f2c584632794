package vn.wardplan.ward.directory;

import java.util.List;

import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.Paging;
import vn.wardplan.platform.web.tenancy.CurrentCaller;

/** Reading the directory; onboarding and suspension have their own resources. */
@RestController
class WardResource {

    private final WardDirectory directory;
    private final Cities cities;

    WardResource(WardDirectory directory, Cities cities) {
        this.directory = directory;
        this.cities = cities;
    }

    /** platform-admin: every ward (optionally of one city); city-viewer: their city's; others: their own. */
    @GetMapping("/api/wards")
    PagedModel<WardView> list(@RequestParam(required = false) String city, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return directory.list(CurrentCaller.get(), city, Paging.of(page, size));
    }

    @GetMapping("/api/wards/{ward}")
    WardView get(@PathVariable String ward) {
        return directory.view(directory.visible(CurrentCaller.get(), ward));
    }

    /** The province-level units a ward can belong to. */
    @GetMapping("/api/wards/cities")
    List<City> cities() {
        return cities.all();
    }
}
