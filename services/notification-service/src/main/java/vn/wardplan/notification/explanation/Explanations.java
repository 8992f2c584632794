package vn.wardplan.notification.explanation;

import vn.wardplan.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.deadline.Deadlines;
import vn.wardplan.notification.deadline.IndicatorDue;
import vn.wardplan.notification.notice.DecisionNotices;
import vn.wardplan.notification.policy.Policies;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Requests for explanation and their answers. The answer is due in five working days on the ward's calendar; the
 * request is a deadline of the unit like any other, so the ward's reminder policy reminds it before, on the day and
 * after, and escalates to the leader who asked. The unit hears of the question, the asker of the answer.
 */
@Service
class Explanations {

    static final int ANSWER_WORKING_DAYS = 5;
    private static final Set<String> KINDS = Set.of("INDICATOR", "TASK", "DELIVERABLE", "WARD");

    private final WardScopedMongo mongo;
    private final Deadlines deadlines;
    private final Policies policies;
    private final DecisionNotices notices;
    private final ExplanationEvents events;
    private final Clock clock;

    Explanations(WardScopedMongo mongo, Deadlines deadlines, Policies policies, DecisionNotices notices, ExplanationEvents events,
            Clock clock) {
        this.events = events;
        this.mongo = mongo;
        this.deadlines = deadlines;
        this.policies = policies;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * A ward's leader or office asks about one of its indicators or tasks; a city viewer asks a ward of its city about
     * the ward (its office answers). 403 for anyone else, 404 for an indicator or task the ward does not have.
     */
    ExplanationRequest ask(Caller caller, String ward, String kind, String subjectId, String question) {
        if (!KINDS.contains(kind)) {
            throw WardplanProblem.badRequest("explanation.kind", String.valueOf(kind));
        }
        WardScope scope;
        if (caller.cityLevel()) {
            if (!"WARD".equals(kind)) {
                throw WardplanProblem.forbidden("explanation.cityAsksWard");
            }
            scope = WardAccess.readable(caller, ward);
        } else {
            scope = WardAccess.ownWard(caller);
        }
        Subject subject = subject(scope, kind, subjectId);
        var now = clock.instant();
        LocalDate due = policies.calendar(scope).plusWorkingDays(LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM)), ANSWER_WORKING_DAYS);
        String id = "exp-" + UUID.randomUUID().toString().substring(0, 12);
        ExplanationRequest request = new ExplanationRequest(id, scope.ward(), scope.city(), kind, subject.id(), subject.title(),
                subject.link(), subject.unit(), caller.username(), name(caller), now, due, "OPEN",
                List.of(new ExplanationRequest.Exchange("QUESTION", question.strip(), List.of(), caller.username(), name(caller), now)),
                null, null, null);
        request = request.told(events.of(ExplanationEvents.ASKED, request));
        if (!mongo.insertIfAbsent(scope, request)) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "explanation.concurrent");
        }
        owe(scope, request, true);
        notices.send(scope, new DecisionNotices.Notice(id + ":q1", List.of(subject.unit()), "Yêu cầu giải trình: " + subject.title(),
                name(caller) + " yêu cầu giải trình về " + subject.title() + ": “" + question.strip() + "”. Hạn trả lời: "
                        + due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".", subject.link()));
        return request;
    }

    /** The unit answers (its officers; the ward office for a question about the ward); the deadline closes. */
    ExplanationRequest answer(Caller caller, String id, String text, List<String> attachments) {
        WardScope ward = WardAccess.ownWard(caller);
        ExplanationRequest request = find(ward, id);
        boolean unitOfficer = caller.officerOf(request.unit());
        boolean office = caller.officeOf(request.ward()) && "WARD".equals(request.subjectKind());
        if (!unitOfficer && !office) {
            throw WardplanProblem.forbidden("explanation.whoAnswers");
        }
        requireStatus(request, "OPEN");
        var now = clock.instant();
        ExplanationRequest answered = told(ExplanationEvents.ANSWERED, request.with("ANSWERED", new ExplanationRequest.Exchange("ANSWER",
                text.strip(), attachments == null ? List.of() : List.copyOf(attachments), caller.username(), name(caller), now),
                request.answerDue(), null));
        owe(ward, answered, false);
        return answered;
    }

    /** The asker closes the request (satisfied), at any time. */
    ExplanationRequest close(Caller caller, String ward, String id) {
        ExplanationRequest request = asked(caller, ward, id);
        requireStatus(request, "OPEN", "ANSWERED");
        ExplanationRequest closed = told(ExplanationEvents.CLOSED, request.with("CLOSED", null, request.answerDue(), clock.instant()));
        owe(WardScope.trusted(request.ward(), request.city()), closed, false);
        return closed;
    }

    /** The asker asks again after an answer: a new question, a new deadline of five working days. */
    ExplanationRequest askAgain(Caller caller, String ward, String id, String question) {
        ExplanationRequest request = asked(caller, ward, id);
        requireStatus(request, "ANSWERED");
        WardScope scope = WardScope.trusted(request.ward(), request.city());
        var now = clock.instant();
        LocalDate due = policies.calendar(scope).plusWorkingDays(LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM)), ANSWER_WORKING_DAYS);
        ExplanationRequest again = told(ExplanationEvents.ASKED_AGAIN, request.with("OPEN", new ExplanationRequest.Exchange("QUESTION",
                question.strip(), List.of(), caller.username(), name(caller), now), due, null));
        owe(scope, again, true);
        notices.send(scope, new DecisionNotices.Notice(id + ":q" + again.exchanges().size(), List.of(request.unit()),
                "Yêu cầu giải trình thêm: " + request.subjectTitle(), name(caller) + " hỏi thêm: “" + question.strip() + "”.", request.link()));
        return again;
    }

    /** The ward's requests, newest first, optionally about one item or in one state; a city viewer sees the ones it asked. */
    List<ExplanationRequest> list(Caller caller, String ward, String subjectId, String status) {
        WardScope scope = caller.ward() == null ? WardAccess.readable(caller, ward) : WardAccess.ownWard(caller);
        Criteria filter = new Criteria();
        if (caller.ward() == null) {
            filter = filter.and("askedBy").is(caller.username());
        }
        if (subjectId != null && !subjectId.isBlank()) {
            // A task's requests include those about its deliverables ("<taskId>/<period>").
            filter = filter.and("subjectId").regex("^" + java.util.regex.Pattern.quote(subjectId) + "(/[^/]+)?$");
        }
        if (status != null && !status.isBlank()) {
            filter = filter.and("status").is(status);
        }
        return mongo.find(scope, new Query(filter).with(Sort.by(Sort.Direction.DESC, "askedAt")).limit(500), ExplanationRequest.class);
    }

    /** Stores the request after a step, with the event that tells of it, in one write. */
    private ExplanationRequest told(String type, ExplanationRequest changed) {
        return mongo.save(WardScope.trusted(changed.ward(), changed.city()), changed.told(events.of(type, changed)));
    }

    /** A request the caller asked: in its own ward, or (a city viewer) in the ward it names. */
    private ExplanationRequest asked(Caller caller, String ward, String id) {
        WardScope scope = caller.ward() == null ? WardAccess.readable(caller, ward) : WardAccess.ownWard(caller);
        ExplanationRequest found = find(scope, id);
        if (!found.askedBy().equals(caller.username())) {
            throw WardplanProblem.forbidden("explanation.notAsker");
        }
        return found;
    }

    private ExplanationRequest find(WardScope ward, String id) {
        return mongo.findById(ward, id, ExplanationRequest.class).orElseThrow(() -> WardplanProblem.notFound("explanation.notFound", id));
    }

    /** The answer as the unit's deadline: open while a question waits, closed once answered or closed. */
    private void owe(WardScope ward, ExplanationRequest r, boolean open) {
        deadlines.record(new Deadline("explanation:" + r.id(), r.ward(), r.city(), Deadline.Kind.EXPLANATION, r.id(), null,
                "Trả lời yêu cầu giải trình: " + r.subjectTitle(), r.link(), r.answerDue(), r.unit(), List.of(), r.askedByName(), open,
                clock.instant()));
    }

    private record Subject(String id, String title, String link, String unit) {
    }

    private Subject subject(WardScope ward, String kind, String subjectId) {
        return switch (kind) {
            case "INDICATOR" -> mongo.findById(ward, subjectId, IndicatorDue.class)
                    .map(i -> new Subject(i.id(), "chỉ tiêu “" + i.name() + "”", "/indicators/" + i.id(), i.advisingUnit()))
                    .orElseThrow(() -> WardplanProblem.notFound("explanation.subject", subjectId));
            case "TASK" -> mongo.find(ward, new Query(Criteria.where("kind").is(Deadline.Kind.DELIVERABLE).and("itemId").is(subjectId)).limit(1),
                            Deadline.class).stream().findFirst()
                    .map(d -> new Subject(subjectId, "nhiệm vụ “" + d.title() + "”", "/tasks/" + subjectId, d.leadUnit()))
                    .orElseThrow(() -> WardplanProblem.notFound("explanation.subject", subjectId));
            case "DELIVERABLE" -> deliverable(ward, subjectId);
            // A ward of the city with a plan: something of it is due here (a ward of another city has nothing in this scope).
            default -> mongo.find(ward, new Query().limit(1), Deadline.class).stream().findFirst()
                    .map(d -> new Subject(ward.ward(), "tình hình thực hiện kế hoạch của phường, xã", "/", DecisionNotices.OFFICE_UNIT))
                    .orElseThrow(() -> WardplanProblem.notFound("explanation.subject", ward.ward()));
        };
    }

    /** A deliverable of a task, named {@code <taskId>/<period>} ("an-duong:86-KH-UBND:2/2026"); its lead unit answers. */
    private Subject deliverable(WardScope ward, String subjectId) {
        int slash = subjectId == null ? -1 : subjectId.lastIndexOf('/');
        if (slash <= 0) {
            throw WardplanProblem.notFound("explanation.subject", String.valueOf(subjectId));
        }
        String taskId = subjectId.substring(0, slash);
        String period = subjectId.substring(slash + 1);
        return mongo.find(ward, new Query(Criteria.where("kind").is(Deadline.Kind.DELIVERABLE).and("itemId").is(taskId)
                        .and("period").is(period)).limit(1), Deadline.class).stream().findFirst()
                .map(d -> new Subject(subjectId, "báo cáo kỳ " + period + " của nhiệm vụ “" + d.title() + "”", "/tasks/" + taskId,
                        d.leadUnit()))
                .orElseThrow(() -> WardplanProblem.notFound("explanation.subject", subjectId));
    }

    private static void requireStatus(ExplanationRequest request, String... allowed) {
        if (!List.of(allowed).contains(request.status())) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "explanation.status", request.status());
        }
    }

    private static String name(Caller caller) {
        return caller.displayName() != null ? caller.displayName() : caller.username();
    }
}
