package vn.wardplan.reporting.comparison;

import java.time.Clock;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.reporting.dashboard.YearParameter;

/** The comparison of a city's wards, for that city's city-viewers only; ward officials are refused. */
@RestController
class ComparisonResource {

    private final CityComparison comparison;
    private final Clock clock;

    ComparisonResource(CityComparison comparison, Clock clock) {
        this.comparison = comparison;
        this.clock = clock;
    }

    @GetMapping("/api/reports/cities/{city}/comparison")
    CityComparisonView compare(@PathVariable String city, @RequestParam(required = false) Integer year) {
        checkCity(city);
        return comparison.compare(city, YearParameter.orCurrent(year, clock));
    }

    @GetMapping("/api/reports/cities/{city}/comparison.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String city, @RequestParam(required = false) Integer year) {
        checkCity(city);
        CityComparisonView view = comparison.compare(city, YearParameter.orCurrent(year, clock));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-sanh-" + city + "-" + view.year() + ".xlsx").build().toString())
                .body(ComparisonSheet.render(view));
    }

    private static void checkCity(String city) {
        WardAccess.viewedCity(CurrentCaller.get(), city);
    }
}
