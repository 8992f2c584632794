package vn.wardplan.reporting.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.web.Paging;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * {@code GET /api/reports/wards/{ward}/audit[.xlsx]}: a ward's audit trail, newest first, filtered and paged, or as a
 * workbook. The ward office reads its own ward's, a platform-admin any ward's. Read-only: there is no way to change
 * or remove an entry through the API.
 */
@RestController
class AuditResource {

    /** The most entries one workbook carries (the newest); the sheet says when there were more. */
    static final int SHEET_LIMIT = 10_000;

    private final WardScopedMongo mongo;
    private final JsonMapper json;

    AuditResource(WardScopedMongo mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @GetMapping("/api/reports/wards/{ward}/audit")
    PagedModel<AuditView> trail(@PathVariable String ward, @RequestParam(required = false) String user,
            @RequestParam(required = false) String item, @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        WardScope scope = readable(ward);
        PageRequest request = Paging.of(page, size);
        AuditFilter filter = AuditFilter.checked(user, item, kind, from, to);
        long total = mongo.count(scope, filter.criteria(), AuditEntry.class);
        List<AuditView> content = mongo.find(scope, newestFirst(filter).with(request), AuditEntry.class).stream()
                .map(e -> AuditView.of(e, json)).toList();
        return Paging.model(content, request, total);
    }

    @GetMapping("/api/reports/wards/{ward}/audit.xlsx")
    ResponseEntity<byte[]> sheet(@PathVariable String ward, @RequestParam(required = false) String user,
            @RequestParam(required = false) String item, @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        WardScope scope = readable(ward);
        AuditFilter filter = AuditFilter.checked(user, item, kind, from, to);
        long total = mongo.count(scope, filter.criteria(), AuditEntry.class);
        List<AuditView> entries = mongo.find(scope, newestFirst(filter).limit(SHEET_LIMIT), AuditEntry.class).stream()
                .map(e -> AuditView.of(e, json)).toList();
        byte[] body = AuditSheet.render(ward, filter, entries, total);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("nhat-ky-" + ward + ".xlsx")
                        .build().toString())
                .body(body);
    }

    private static Query newestFirst(AuditFilter filter) {
        return new Query(filter.criteria()).with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")));
    }

    /** Its own ward for the ward office; any ward of their city for a platform-admin; nobody else (leaders and units neither). */
    private static WardScope readable(String ward) {
        return WardAccess.administered(CurrentCaller.get(), ward);
    }
}
