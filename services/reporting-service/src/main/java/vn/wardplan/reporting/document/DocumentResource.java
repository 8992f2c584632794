package vn.wardplan.reporting.document;

import java.time.Clock;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.reporting.dashboard.YearParameter;
import vn.wardplan.reporting.timeliness.PeriodReportView;
import vn.wardplan.reporting.timeliness.PeriodReports;

/**
 * The documents a ward files: the annual report ({@code annual-report}) and the mid-term and end-of-term reviews
 * ({@code review?kind=midterm|final}), as DOCX, XLSX or PDF, for the ward's officials and its city's viewers.
 */
@RestController
class DocumentResource {

    private final ReportAssembler assembler;
    private final PeriodReports periods;
    private final vn.wardplan.platform.web.tenancy.WardScopedMongo mongo;
    private final Clock clock;

    DocumentResource(ReportAssembler assembler, PeriodReports periods, vn.wardplan.platform.web.tenancy.WardScopedMongo mongo, Clock clock) {
        this.assembler = assembler;
        this.periods = periods;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The consolidated draft of a period, once the units' deadline has passed (Word, Decree 30 layout). */
    @GetMapping("/api/reports/wards/{ward}/periods/{period}/draft")
    ResponseEntity<byte[]> periodDraft(@PathVariable String ward, @PathVariable String period) {
        WardScope scope = WardAccess.readable(CurrentCaller.get(), ward);
        PeriodReportView report = periods.report(scope, period);
        if (report.unitsDue() == null) {
            throw WardplanProblem.notFound("period.unknown", period);
        }
        if (!report.deadlinePassed()) {
            throw new WardplanProblem(org.springframework.http.HttpStatus.CONFLICT, "period.notClosed", report.label(),
                    VietnameseText.date(report.unitsDue()));
        }
        String type = mongo.findById(scope, scope.ward(), vn.wardplan.reporting.wards.WardEntry.class)
                .map(vn.wardplan.reporting.wards.WardEntry::type).orElse("phuong");
        String word = VietnameseText.wardWord(type);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DocumentFormat.DOCX.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("du-thao-bao-cao-ky-%s-%s.docx".formatted(period, ward)).build().toString())
                .body(PeriodDraft.render(report, word));
    }

    @GetMapping("/api/reports/wards/{ward}/annual-report")
    ResponseEntity<byte[]> annual(@PathVariable String ward, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "docx") String format) {
        return document(ward, ReportKind.ANNUAL, YearParameter.orCurrent(year, clock), format);
    }

    @GetMapping("/api/reports/wards/{ward}/review")
    ResponseEntity<byte[]> review(@PathVariable String ward, @RequestParam String kind,
            @RequestParam(defaultValue = "docx") String format) {
        ReportKind reportKind = ReportKind.fromCode(kind).filter(k -> k != ReportKind.ANNUAL)
                .orElseThrow(() -> WardplanProblem.badRequest("report.kindUnknown", kind));
        return document(ward, reportKind, reportKind.lastYear(0), format);
    }

    private ResponseEntity<byte[]> document(String wardCode, ReportKind kind, int year, String format) {
        WardScope ward = WardAccess.readable(CurrentCaller.get(), wardCode);
        DocumentFormat documentFormat = DocumentFormat.fromCode(format)
                .orElseThrow(() -> WardplanProblem.badRequest("report.formatUnknown", format));
        ReportData data = assembler.assemble(ward, kind, year);
        byte[] body = switch (documentFormat) {
            case DOCX -> DocxReport.render(data);
            case XLSX -> XlsxReport.render(data);
            case PDF -> PdfReport.render(data);
        };
        String filename = "bao-cao-%s-%s-%d.%s".formatted(kind.code(), wardCode, year, documentFormat.code());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(documentFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
