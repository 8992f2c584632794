package vn.wardplan.task.planimport;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.wardplan.platform.web.problem.WardplanProblem;

/**
 * Reads an uploaded plan document (text, Word .docx or Excel .xlsx) into its rows, within the import limits: size,
 * lines, cells, and the reading time of {@link ImportGate}, shared per ward (or per city for the city's own plan).
 * Everything a person sent wrong is a problem detail; nothing is stored here.
 */
@Component
public class PlanDocuments {

    private final ImportGate gate;
    private final ImportLimits limits;

    PlanDocuments(ImportGate gate, ImportLimits limits) {
        this.gate = gate;
        this.limits = limits;
    }

    /** What was read, holding the import permit until closed (once is enough; closing again does nothing). */
    public static final class Reading implements AutoCloseable {
        private final ParsedPlan plan;
        private final ImportGate.Permit permit;
        private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

        private Reading(ParsedPlan plan, ImportGate.Permit permit) {
            this.plan = plan;
            this.permit = permit;
        }

        public ParsedPlan plan() {
            return plan;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                permit.close();
            }
        }
    }

    /** Reads the document for {@code scope} (a ward code, or "city:&lt;city&gt;"), holding one of its import permits. */
    public Reading read(String scope, MultipartFile file) {
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
        byte[] content = bytes(file);
        ImportGate.Permit permit = gate.enter(scope);
        try {
            ParsedPlan parsed = permit.read(() -> PlanTextReader.read(
                    name.endsWith(".docx") ? OfficeDocuments.docxToText(content, limits)
                            : name.endsWith(".xlsx") ? OfficeDocuments.xlsxToText(content, limits)
                            : BoundedText.check(utf8(content), limits)));
            return new Reading(parsed, permit);
        } catch (PlanFormatException e) {
            permit.close();
            throw WardplanProblem.badRequest("plan.unreadable", e.getMessage());
        } catch (DocumentTooLargeException e) {
            permit.close();
            throw new WardplanProblem(HttpStatus.UNPROCESSABLE_CONTENT, "plan.limit", e.getMessage());
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
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
