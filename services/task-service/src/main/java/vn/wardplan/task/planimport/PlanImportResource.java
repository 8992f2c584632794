package vn.wardplan.task.planimport;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Import of the plan document as issued, into the caller's ward: the text form, Word (.docx) or Excel (.xlsx);
 * a dry run unless {@code dryRun=false}.
 */
@RestController
class PlanImportResource {

    /** A plan as the API lists it. */
    record PlanView(String number, java.time.LocalDate issuedOn, String title, int startYear, int endYear, String signer,
            int indicatorRows, List<ImportWarning> warnings) {
    }

    private final PlanImporter importer;
    private final WardScopedMongo mongo;
    private final ImportGate gate;
    private final ImportLimits limits;

    PlanImportResource(PlanImporter importer, WardScopedMongo mongo, ImportGate gate, ImportLimits limits) {
        this.importer = importer;
        this.mongo = mongo;
        this.gate = gate;
        this.limits = limits;
    }

    @PostMapping("/api/plans/import")
    @PreAuthorize("hasRole('ward-admin')")
    ImportReport importPlan(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun) {
        if (file == null || file.isEmpty()) {
            throw WardplanProblem.badRequest("plan.fileMissing");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".doc") || name.endsWith(".xls")) {
            throw new WardplanProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "plan.formatNotYet", name);
        }
        if (file.getSize() > limits.maxUpload().toBytes()) {
            throw new WardplanProblem(HttpStatus.CONTENT_TOO_LARGE, "plan.tooLarge", limits.maxUpload().toMegabytes());
        }
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        byte[] content = bytes(file);
        try (ImportGate.Permit permit = gate.enter(ward.ward())) {
            ParsedPlan parsed = permit.read(() -> PlanTextReader.read(
                    name.endsWith(".docx") ? OfficeDocuments.docxToText(content, limits)
                            : name.endsWith(".xlsx") ? OfficeDocuments.xlsxToText(content, limits)
                            : BoundedText.check(utf8(content), limits)));
            return importer.importParsed(ward, parsed, dryRun);
        } catch (PlanFormatException e) {
            throw WardplanProblem.badRequest("plan.unreadable", e.getMessage());
        } catch (DocumentTooLargeException e) {
            throw new WardplanProblem(HttpStatus.UNPROCESSABLE_CONTENT, "plan.limit", e.getMessage());
        }
    }

    @GetMapping("/api/plans")
    List<PlanView> plans() {
        return mongo.find(WardAccess.ownWard(CurrentCaller.get()), new Query().with(Sort.by("number")), Plan.class).stream()
                .map(p -> new PlanView(p.number(), p.issuedOn(), p.title(), p.startYear(), p.endYear(), p.signer(),
                        p.indicators().size(), p.warnings()))
                .toList();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw WardplanProblem.badRequest("plan.fileMissing");
        }
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw WardplanProblem.badRequest("plan.notUtf8");
        }
    }
}
