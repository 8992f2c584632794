package vn.wardplan.task.planimport;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Import of the plan document as issued, into the caller's ward: the text form, Word (.docx) or Excel (.xlsx);
 * a dry run unless {@code dryRun=false}. {@code effectiveFrom} marks an amended plan (điều chỉnh kế hoạch) whose changed
 * targets apply from that year; {@code bodyTargets} lists the body targets the office accepts ("key" or "key:unit").
 */
@RestController
class PlanImportResource {

    /** A plan as the API lists it. */
    record PlanView(String number, java.time.LocalDate issuedOn, String title, int startYear, int endYear, String signer,
            int indicatorRows, List<ImportWarning> warnings) {
    }

    private final PlanImporter importer;
    private final WardScopedMongo mongo;
    private final PlanDocuments documents;

    PlanImportResource(PlanImporter importer, WardScopedMongo mongo, PlanDocuments documents) {
        this.importer = importer;
        this.mongo = mongo;
        this.documents = documents;
    }

    @PostMapping("/api/plans/import")
    @PreAuthorize("hasRole('ward-admin')")
    ImportReport importPlan(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) Integer effectiveFrom,
            @RequestParam(required = false) List<String> bodyTargets) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        java.util.Map<String, String> accepted = new java.util.LinkedHashMap<>();
        for (String choice : bodyTargets == null ? List.<String>of() : bodyTargets) {
            // "ND-1a2b3c" or "ND-1a2b3c:van-hoa-xa-hoi" (with the unit that advises on it)
            int colon = choice.indexOf(':');
            accepted.put(colon < 0 ? choice.strip() : choice.substring(0, colon).strip(), colon < 0 ? null : choice.substring(colon + 1).strip());
        }
        try (PlanDocuments.Reading reading = documents.read(ward.ward(), file)) {
            return importer.importParsed(ward, reading.plan(), dryRun,
                    new PlanImporter.ImportChoices(effectiveFrom, java.util.Collections.unmodifiableMap(accepted),
                            new Actor(caller.username(), caller.displayName())));
        } catch (PlanFormatException e) {
            throw WardplanProblem.badRequest("plan.unreadable", e.getMessage());
        }
    }

    @GetMapping("/api/plans")
    List<PlanView> plans() {
        return mongo.find(WardAccess.ownWard(CurrentCaller.get()), new Query().with(Sort.by("number")), Plan.class).stream()
                .map(p -> new PlanView(p.number(), p.issuedOn(), p.title(), p.startYear(), p.endYear(), p.signer(),
                        p.indicators().size(), p.warnings()))
                .toList();
    }

}
