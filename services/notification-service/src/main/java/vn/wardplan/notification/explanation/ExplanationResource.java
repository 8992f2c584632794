package vn.wardplan.notification.explanation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.security.WhenDenied;
import vn.wardplan.platform.web.tenancy.CurrentCaller;

/**
 * Requests for explanation: asked by a ward's leaders and office about its indicators and tasks (or by a city viewer
 * about a ward, with {@code ward}), answered by the responsible unit, closed or asked again by the asker.
 */
@RestController
class ExplanationResource {

    /**
     * Body of a new request: what it is about ({@code INDICATOR}, {@code TASK}, {@code DELIVERABLE} as
     * {@code <taskId>/<period>}, or {@code WARD}) and the question.
     */
    record AskRequest(String ward, @NotBlank @Size(max = 20) String subjectKind, @Size(max = 200) String subjectId,
            @NotBlank @Size(max = 4000) String question) {
    }

    /** Body of an answer: the text, and the documents it refers to (names or links, as the unit keeps them). */
    record AnswerRequest(@NotBlank @Size(max = 8000) String text, @Size(max = 20) List<@Size(max = 500) String> attachments) {
    }

    /** A request as the API shows it. */
    record ExplanationView(String id, String ward, String subjectKind, String subjectId, String subjectTitle, String link, String unit,
            String askedBy, String askedByName, java.time.Instant askedAt, java.time.LocalDate answerDue, String status,
            List<ExplanationRequest.Exchange> exchanges, java.time.Instant closedAt) {

        static ExplanationView of(ExplanationRequest r) {
            return new ExplanationView(r.id(), r.ward(), r.subjectKind(), r.subjectId(), r.subjectTitle(), r.link(), r.unit(), r.askedBy(),
                    r.askedByName(), r.askedAt(), r.answerDue(), r.status(), r.exchanges(), r.closedAt());
        }
    }

    /** Body of a further question. */
    record AgainRequest(@NotBlank @Size(max = 4000) String question) {
    }

    private final Explanations explanations;

    ExplanationResource(Explanations explanations) {
        this.explanations = explanations;
    }

    @PostMapping("/api/notifications/explanations")
    @PreAuthorize("hasAnyRole('city-viewer', 'ward-leader', 'ward-admin')")
    @WhenDenied("explanation.whoAsks")
    @ResponseStatus(HttpStatus.CREATED)
    ExplanationView ask(@Valid @RequestBody AskRequest request) {
        return ExplanationView.of(explanations.ask(CurrentCaller.get(), request.ward(), request.subjectKind(), request.subjectId(),
                request.question()));
    }

    @GetMapping("/api/notifications/explanations")
    List<ExplanationView> list(@RequestParam(required = false) String ward, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String status) {
        return explanations.list(CurrentCaller.get(), ward, subject, status).stream().map(ExplanationView::of).toList();
    }

    @PostMapping("/api/notifications/explanations/{id}/answer")
    ExplanationView answer(@PathVariable String id, @Valid @RequestBody AnswerRequest request) {
        return ExplanationView.of(explanations.answer(CurrentCaller.get(), id, request.text(), request.attachments()));
    }

    @PostMapping("/api/notifications/explanations/{id}/close")
    ExplanationView close(@PathVariable String id, @RequestParam(required = false) String ward) {
        return ExplanationView.of(explanations.close(CurrentCaller.get(), ward, id));
    }

    @PostMapping("/api/notifications/explanations/{id}/ask-again")
    ExplanationView askAgain(@PathVariable String id, @RequestParam(required = false) String ward,
            @Valid @RequestBody AgainRequest request) {
        return ExplanationView.of(explanations.askAgain(CurrentCaller.get(), ward, id, request.question()));
    }
}
