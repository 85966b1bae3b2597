package jp.akapen.lecture.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.lecture.survey.Survey.Action;
import jp.akapen.lecture.survey.SurveyRepository.AnswerRow;
import jp.akapen.lecture.survey.SurveyRepository.Session;
import jp.akapen.lecture.survey.SurveyRepository.Stored;
import jp.akapen.lecture.survey.screening.QuestionScreening;
import jp.akapen.lecture.survey.screening.ScreeningFinding;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.shared.Csv;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys after a session (issue 13 items 6-10; seed W4, P6, P7). Builders are the handling manager and active
 * designated handlers (the rule of mail, E4); a survey is changed by whoever wrote it or the manager. Sent for
 * opening, every question and option goes through {@link QuestionScreening}: with findings the survey waits for ward
 * staff, who approve or refuse with a reason; nothing else opens it, and a change of a question voids an approval.
 * Open surveys are answered once by the session's attendees, from the session's end to the closing day. Anonymous
 * answers carry neither the person nor a time finer than the day nor an orderly id, and answering writes no audit
 * row (item 8).
 */
@Service
@Transactional
public class SurveyService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PURPOSE = 2_000;
    public static final int MAX_QUESTION = 1_000;
    public static final int MAX_OPTION = 200;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_TEXT_ANSWER = 4_000;
    public static final int MAX_REASON = 2_000;
    static final String OBJECT_TYPE = "survey";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository surveys;
    private final QuestionScreening screening;
    private final HandlerRegister handlers;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, QuestionScreening screening, HandlerRegister handlers, People people,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.screening = screening;
        this.handlers = handlers;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A session a survey may follow. */
    public record SessionChoice(long id, String title, Instant startsAt, Instant endsAt, int attendees) {
    }

    /** Whether the signed-in person may build surveys (the manager, or a handler designated today). */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public boolean mayBuild() {
        return builder(SignedIn.require());
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public List<SessionChoice> sessions() {
        requireBuilder(SignedIn.require());
        return surveys.sessions().stream()
                .map(s -> new SessionChoice(s.id(), s.title(), s.startsAt(), s.endsAt(), s.attendees())).toList();
    }

    /**
     * The surveys the signed-in person has business with: a resident those of sessions they attended that have
     * opened (to answer, or answered); builders and the ward every survey, the ward's screened ones first.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<Survey.Listed> list() {
        PortalUser me = SignedIn.require();
        var listed = new ArrayList<Survey.Listed>();
        if (Roles.RESIDENT.equals(me.role())) {
            for (Stored s : surveys.openFor(me.id())) {
                if (!opened(s)) {
                    continue;
                }
                boolean done = surveys.completed(s.id(), me.id());
                if (done || !closed(s)) {
                    listed.add(listed(s, done ? Survey.Role.ANSWERED : Survey.Role.TO_ANSWER, 0));
                }
            }
            return listed;
        }
        boolean ward = Roles.WARD_STAFF.equals(me.role());
        if (!ward && !builder(me)) {
            return List.of();
        }
        for (Stored s : surveys.all()) {
            var role = ward && s.status() == SurveyStatus.AWAITING_WARD ? Survey.Role.TO_REVIEW : Survey.Role.MANAGE;
            listed.add(listed(s, role, surveys.responseCount(s.id())));
        }
        listed.sort((a, b) -> Boolean.compare(b.role() == Survey.Role.TO_REVIEW, a.role() == Survey.Role.TO_REVIEW));
        return listed;
    }

    /**
     * The surveys of one session that the signed-in person has business with, as {@link #list()} decides: for the
     * session's page (a resident: to answer or answered; builders and the ward: every one, to open and its results).
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<Survey.Listed> ofSession(long sessionId) {
        var ids = surveys.ofSession(sessionId);
        return list().stream().filter(l -> ids.contains(l.id())).toList();
    }

    private static Survey.Listed listed(Stored s, Survey.Role role, int responses) {
        return new Survey.Listed(s.id(), s.title(), s.session().title(), s.status(), s.anonymous(), s.session().endsAt(),
                s.closesOn(), role, responses, s.session().attendees());
    }

    /**
     * One survey: for its builders and the ward whatever its state; for a resident only once it is open to them
     * (they attended the session and it has ended), and then only its texts.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public Survey survey(long id) {
        PortalUser me = SignedIn.require();
        Stored s = surveys.find(id).orElseThrow(() -> new SurveyException("survey.refused.no-such-survey"));
        if (Roles.RESIDENT.equals(me.role())) {
            requireOpenTo(s, me);
        } else if (!Roles.WARD_STAFF.equals(me.role())) {
            requireBuilder(me);
        }
        return view(s, me);
    }

    /** A preview of a draft as the resident will see it: the same record, nothing stored. */
    public static Survey preview(SurveyDraft draft, String sessionTitle) {
        return new Survey(0, draft.sessionId(), sessionTitle, null, draft.title(), draft.purpose(), draft.anonymous(),
                draft.closesOn(), SurveyStatus.DRAFT, draft.questions(), 0, "", null, false, 0, 0, Set.of());
    }

    /** A new survey, as a draft; returns its id. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public long create(SurveyDraft draft) {
        PortalUser me = SignedIn.require();
        requireBuilder(me);
        SurveyDraft clean = validate(draft);
        long id = surveys.insert(clean, me.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.SURVEY_SAVED, OBJECT_TYPE, id,
                List.of("session", "title", "purpose", "anonymous", "closes_on", "questions")));
        return id;
    }

    /**
     * Changes a survey nobody has answered yet. It goes back to draft (to be sent for opening again); when its
     * questions change, a ward approval no longer stands.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public void save(long id, SurveyDraft draft) {
        PortalUser me = SignedIn.require();
        Stored s = lockForChange(id, me);
        SurveyDraft clean = validate(draft);
        boolean questionsChanged = !surveys.questions(id).stream()
                .map(q -> new Question(null, q.kind(), q.text(), q.required(), q.options())).toList()
                .equals(clean.questions().stream()
                        .map(q -> new Question(null, q.kind(), q.text(), q.required(), q.options())).toList());
        boolean voids = questionsChanged && s.approvedReviewId() != null;
        surveys.update(id, clean, SurveyStatus.DRAFT, !voids, questionsChanged);
        audit.record(AuditEntry.of(AuditAction.SURVEY_SAVED, OBJECT_TYPE, id, questionsChanged
                ? List.of("title", "purpose", "anonymous", "closes_on", "questions", "state")
                : List.of("title", "purpose", "anonymous", "closes_on", "state")));
        if (voids) {
            audit.record(AuditEntry.of(AuditAction.SURVEY_APPROVAL_VOIDED, OBJECT_TYPE, id,
                    List.of("approved_review_id")));
        }
    }

    /**
     * Sends a draft for opening: screened; with findings and no standing approval it waits for the ward, otherwise it
     * opens (to the attendees, from the session's end). Returns the state it is in now.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public SurveyStatus submit(long id) {
        PortalUser me = SignedIn.require();
        Stored s = lockForChange(id, me);
        if (s.status() != SurveyStatus.DRAFT) {
            throw new SurveyException("survey.refused.not-draft");
        }
        List<Question> questions = surveys.questions(id);
        if (questions.isEmpty()) {
            throw new SurveyException("survey.refused.no-questions");
        }
        boolean flagged = !flagged(questions).isEmpty();
        SurveyStatus next = flagged && s.approvedReviewId() == null ? SurveyStatus.AWAITING_WARD : SurveyStatus.OPEN;
        surveys.setState(id, next, s.approvedReviewId());
        audit.record(AuditEntry.of(AuditAction.SURVEY_SUBMITTED, OBJECT_TYPE, id, List.of("state")));
        if (next == SurveyStatus.OPEN) {
            events.publishEvent(new SurveyOpened(id, s.session().id(), s.session().endsAt(), s.closesOn()));
        }
        return next;
    }

    /** The questions screening flags, with the words that matched and why (for builders and the ward). */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<Survey.Flagged> flagged(long id) {
        PortalUser me = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(me.role())) {
            requireBuilder(me);
        }
        surveys.find(id).orElseThrow(() -> new SurveyException("survey.refused.no-such-survey"));
        return flagged(surveys.questions(id));
    }

    /** Screening over a draft not stored yet, for the builder's preview. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public List<Survey.Flagged> screen(List<Question> questions) {
        requireBuilder(SignedIn.require());
        return flagged(questions);
    }

    private List<Survey.Flagged> flagged(List<Question> questions) {
        var flagged = new ArrayList<Survey.Flagged>();
        int number = 0;
        for (Question q : questions) {
            number++;
            var findings = new ArrayList<ScreeningFinding>();
            for (String text : q.texts()) {
                findings.addAll(screening.findings(text));
            }
            if (!findings.isEmpty()) {
                flagged.add(new Survey.Flagged(number, q, findings));
            }
        }
        return flagged;
    }

    /** Ward staff consent to the screened questions as they read them; the survey opens. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public void approve(long id, String reason) {
        decide(id, reason, true);
    }

    /** Ward staff refuse: the survey goes back to its builder as a draft, with the reason. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public void refuse(long id, String reason) {
        decide(id, reason, false);
    }

    private void decide(long id, String reason, boolean approve) {
        PortalUser me = SignedIn.require();
        String why = reason == null ? "" : reason.strip();
        AuditAction action = approve ? AuditAction.SURVEY_APPROVED : AuditAction.SURVEY_REFUSED;
        Stored s = surveys.lock(id).orElseThrow(() -> new SurveyException("survey.refused.no-such-survey"));
        if (s.status() != SurveyStatus.AWAITING_WARD) {
            audit.recordDenied(AuditEntry.of(action, OBJECT_TYPE, id, List.of("state")));
            throw new SurveyException("survey.refused.not-awaiting-ward");
        }
        if (why.isEmpty()) {
            throw new SurveyException("survey.refused.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new SurveyException("survey.refused.reason-too-long");
        }
        String read = questionsRead(surveys.questions(id));
        long review = surveys.insertReview(id, approve, why, read, me.id(), clock.instant());
        surveys.setState(id, approve ? SurveyStatus.OPEN : SurveyStatus.DRAFT, approve ? review : null);
        audit.record(AuditEntry.of(action, OBJECT_TYPE, id,
                List.of("reason", "state", "review_" + review, "questions_sha256_" + sha256(read).substring(0, 20))));
        if (approve) {
            events.publishEvent(new SurveyOpened(id, s.session().id(), s.session().endsAt(), s.closesOn()));
        }
    }

    /** The questions as the ward read them, with what screening found: kept with the decision. */
    private String questionsRead(List<Question> questions) {
        var text = new StringBuilder();
        var flagged = new HashMap<Integer, Survey.Flagged>();
        flagged(questions).forEach(f -> flagged.put(f.number(), f));
        int number = 0;
        for (Question q : questions) {
            number++;
            text.append(number).append(". [").append(q.kind()).append(q.required() ? ", required" : "").append("] ")
                    .append(q.text()).append('\n');
            q.options().forEach(o -> text.append("   - ").append(o).append('\n'));
            var f = flagged.get(number);
            if (f != null) {
                f.findings().forEach(x -> text.append("   ! ").append(x.category()).append(' ').append(x.matched())
                        .append(": ").append(x.explanation()).append('\n'));
            }
        }
        return text.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A resident answers an open survey of a session they attended, once. The completion and the answers are written
     * apart: in an anonymous survey the answers keep no person, only the day, under a random id; nothing is audited.
     */
    @Secured(Roles.Authorities.RESIDENT)
    public void answer(long id, Map<Long, Answer> answers) {
        PortalUser me = SignedIn.require();
        Stored s = surveys.find(id).orElseThrow(() -> new SurveyException("survey.refused.no-such-survey"));
        requireOpenTo(s, me);
        if (closed(s)) {
            throw new SurveyException("survey.refused.closed");
        }
        List<AnswerRow> rows = rows(surveys.questions(id), answers);
        if (!surveys.complete(id, me.id())) {
            throw new SurveyException("survey.refused.already-answered");
        }
        byte[] responseId = new byte[16];
        RANDOM.nextBytes(responseId);
        surveys.insertResponse(responseId, id, JapaneseDates.today(clock), s.anonymous() ? null : me.id(), rows);
    }

    /** Whether the signed-in resident has answered it. */
    @Secured(Roles.Authorities.RESIDENT)
    @Transactional(readOnly = true)
    public boolean answered(long id) {
        return surveys.completed(id, SignedIn.require().id());
    }

    private static List<AnswerRow> rows(List<Question> questions, Map<Long, Answer> answers) {
        var rows = new ArrayList<AnswerRow>();
        for (Question q : questions) {
            Answer a = answers.get(q.id());
            if (a instanceof Answer.Text t && (t.text() == null || t.text().isBlank())) {
                a = null;
            }
            if (a instanceof Answer.Choice c && c.options().isEmpty()) {
                a = null;
            }
            if (a == null) {
                if (q.required()) {
                    throw new SurveyException("survey.answer.refused.required");
                }
                continue;
            }
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> {
                    if (!(a instanceof Answer.Choice c) || (q.kind() == QuestionKind.SINGLE && c.options().size() != 1)
                            || c.options().stream().distinct().count() != c.options().size()
                            || c.options().stream().anyMatch(i -> i < 0 || i >= q.options().size())) {
                        throw new SurveyException("survey.answer.refused.invalid");
                    }
                    c.options().stream().sorted()
                            .forEach(i -> rows.add(new AnswerRow(null, q.id(), i, null, null)));
                }
                case SCALE -> {
                    if (!(a instanceof Answer.Scale sc) || sc.value() < 1 || sc.value() > 5) {
                        throw new SurveyException("survey.answer.refused.invalid");
                    }
                    rows.add(new AnswerRow(null, q.id(), null, sc.value(), null));
                }
                case TEXT -> {
                    if (!(a instanceof Answer.Text t)) {
                        throw new SurveyException("survey.answer.refused.invalid");
                    }
                    String text = t.text().strip();
                    if (text.length() > MAX_TEXT_ANSWER) {
                        throw new SurveyException("survey.answer.refused.too-long");
                    }
                    rows.add(new AnswerRow(null, q.id(), null, null, text));
                }
            }
        }
        return rows;
    }

    /** The aggregates, for builders and the ward; small groups of an anonymous survey withheld. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public SurveyResults results(long id) {
        PortalUser me = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(me.role())) {
            requireBuilder(me);
        }
        Stored s = surveys.find(id).orElseThrow(() -> new SurveyException("survey.refused.no-such-survey"));
        List<Question> questions = surveys.questions(id);
        Map<Long, List<Answer>> byQuestion = new HashMap<>();
        groupByResponse(surveys.answers(id)).forEach(response -> response.forEach(
                (questionId, answer) -> byQuestion.computeIfAbsent(questionId, k -> new ArrayList<>()).add(answer)));
        return new SurveyResults(view(s, me), surveys.responseCount(id),
                Tally.of(questions, byQuestion, s.anonymous()));
    }

    /** Per response, its answer to each question it answered. */
    private static List<Map<Long, Answer>> groupByResponse(List<AnswerRow> rows) {
        var responses = new ArrayList<Map<Long, Answer>>();
        byte[] current = null;
        Map<Long, Answer> answers = null;
        for (AnswerRow r : rows) {
            if (current == null || !java.util.Arrays.equals(current, r.responseId())) {
                current = r.responseId();
                answers = new LinkedHashMap<>();
                responses.add(answers);
            }
            if (r.optionIndex() != null) {
                var previous = answers.get(r.questionId());
                var chosen = new ArrayList<Integer>();
                if (previous instanceof Answer.Choice c) {
                    chosen.addAll(c.options());
                }
                chosen.add(r.optionIndex());
                answers.put(r.questionId(), new Answer.Choice(chosen));
            } else if (r.scaleValue() != null) {
                answers.put(r.questionId(), new Answer.Scale(r.scaleValue()));
            } else {
                answers.put(r.questionId(), new Answer.Text(r.text()));
            }
        }
        return responses;
    }

    /**
     * A named survey's answers, one line per resident by pen name (handlers and the manager only; audited). The
     * caller gives the headings of the first two columns (pen name, day); the questions follow.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public byte[] answersCsv(long id, String penNameHeading, String dayHeading, String choiceSeparator) {
        PortalUser me = SignedIn.require();
        requireBuilder(me);
        Stored s = surveys.find(id).orElseThrow(() -> new SurveyException("survey.refused.no-such-survey"));
        if (s.anonymous()) {
            audit.recordDenied(AuditEntry.of(AuditAction.SURVEY_ANSWERS_EXPORTED, OBJECT_TYPE, id, List.of("answers")));
            throw new SurveyException("survey.refused.anonymous");
        }
        List<Question> questions = surveys.questions(id);
        var named = surveys.namedResponses(id);
        var rows = surveys.answers(id);
        Map<Long, String> names = people.displayNames(named.stream().map(SurveyRepository.NamedResponse::residentId).toList());
        var header = new ArrayList<String>(List.of(penNameHeading, dayHeading));
        for (int i = 0; i < questions.size(); i++) {
            header.add((i + 1) + ". " + questions.get(i).text());
        }
        var lines = new ArrayList<List<String>>();
        for (var response : named) {
            var mine = groupByResponse(SurveyRepository.rowsOf(rows, response.id()));
            Map<Long, Answer> answers = mine.isEmpty() ? Map.of() : mine.getFirst();
            var line = new ArrayList<String>();
            line.add(names.getOrDefault(response.residentId(), "#" + response.residentId()));
            line.add(response.on().toString());
            for (Question q : questions) {
                line.add(cell(q, answers.get(q.id()), choiceSeparator));
            }
            lines.add(line);
        }
        audit.record(AuditEntry.of(AuditAction.SURVEY_ANSWERS_EXPORTED, OBJECT_TYPE, id,
                List.of("answers", "count_" + named.size())));
        return Csv.utf8WithBom(header, lines);
    }

    private static String cell(Question q, Answer a, String separator) {
        return switch (a) {
            case null -> "";
            case Answer.Choice c -> String.join(separator, c.options().stream()
                    .map(i -> i < q.options().size() ? q.options().get(i) : "?").toList());
            case Answer.Scale sc -> String.valueOf(sc.value());
            case Answer.Text t -> t.text();
        };
    }

    private Survey view(Stored s, PortalUser me) {
        var review = surveys.lastReview(s.id());
        var names = people.displayNames(review.map(r -> List.of(s.createdBy(), r.decidedBy())).orElse(List.of(s.createdBy())));
        boolean resident = Roles.RESIDENT.equals(me.role());
        int responses = resident ? 0 : surveys.responseCount(s.id());
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (resident) {
            if (!closed(s) && !surveys.completed(s.id(), me.id())) {
                actions.add(Action.ANSWER);
            }
        } else {
            boolean mine = builder(me) && (s.createdBy() == me.id() || Roles.CONTRACTOR_MANAGER.equals(me.role()));
            if (mine && responses == 0) {
                actions.add(Action.EDIT);
                if (s.status() == SurveyStatus.DRAFT) {
                    actions.add(Action.SUBMIT);
                }
            }
            if (Roles.WARD_STAFF.equals(me.role()) && s.status() == SurveyStatus.AWAITING_WARD) {
                actions.add(Action.REVIEW);
            }
            actions.add(Action.RESULTS);
            if (!s.anonymous() && builder(me)) {
                actions.add(Action.EXPORT_ANSWERS);
            }
        }
        Survey.Review shown = review.map(r -> new Survey.Review(r.approved(), resident ? "" : r.reason(),
                names.getOrDefault(r.decidedBy(), ""), r.decidedAt())).orElse(null);
        return new Survey(s.id(), s.session().id(), s.session().title(), s.session().endsAt(), s.title(), s.purpose(),
                s.anonymous(), s.closesOn(), s.status(), surveys.questions(s.id()), s.createdBy(),
                names.getOrDefault(s.createdBy(), ""), resident ? null : shown,
                s.approvedReviewId() != null, responses, s.session().attendees(), actions);
    }

    private Stored lockForChange(long id, PortalUser me) {
        requireBuilder(me);
        Stored s = surveys.lock(id).orElseThrow(() -> new SurveyException("survey.refused.no-such-survey"));
        if (s.createdBy() != me.id() && !Roles.CONTRACTOR_MANAGER.equals(me.role())) {
            throw new SurveyException("survey.refused.not-yours");
        }
        if (surveys.responseCount(id) > 0) {
            throw new SurveyException("survey.refused.answered");
        }
        return s;
    }

    private SurveyDraft validate(SurveyDraft d) {
        String title = d.title() == null ? "" : d.title().strip();
        String purpose = d.purpose() == null ? "" : d.purpose().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new SurveyException("survey.refused.title");
        }
        if (purpose.isEmpty() || purpose.length() > MAX_PURPOSE) {
            throw new SurveyException("survey.refused.purpose");
        }
        Session session = surveys.session(d.sessionId()).filter(x -> !x.cancelled())
                .orElseThrow(() -> new SurveyException("survey.refused.no-such-session"));
        if (d.closesOn() == null || d.closesOn().isBefore(session.endsAt().atZone(JapaneseDates.ZONE).toLocalDate())) {
            throw new SurveyException("survey.refused.closes-before-session");
        }
        if (d.questions().size() > MAX_QUESTIONS) {
            throw new SurveyException("survey.refused.too-many-questions");
        }
        var questions = new ArrayList<Question>();
        for (Question q : d.questions()) {
            String text = q.text() == null ? "" : q.text().strip();
            if (q.kind() == null || text.isEmpty() || text.length() > MAX_QUESTION) {
                throw new SurveyException("survey.refused.question-text");
            }
            List<String> options = q.kind().hasOptions()
                    ? q.options().stream().map(o -> o == null ? "" : o.strip()).filter(o -> !o.isEmpty()).toList()
                    : List.of();
            if (q.kind().hasOptions() && (options.size() < 2 || options.size() > MAX_OPTIONS
                    || options.stream().anyMatch(o -> o.length() > MAX_OPTION || o.contains("\n")))) {
                throw new SurveyException("survey.refused.options");
            }
            questions.add(new Question(q.id(), q.kind(), text, q.required(), options));
        }
        return new SurveyDraft(d.sessionId(), title, purpose, d.anonymous(), d.closesOn(), questions);
    }

    private boolean opened(Stored s) {
        return s.status() == SurveyStatus.OPEN && !s.session().cancelled()
                && !clock.instant().isBefore(s.session().endsAt());
    }

    private boolean closed(Stored s) {
        LocalDate today = JapaneseDates.today(clock);
        return today.isAfter(s.closesOn());
    }

    private void requireOpenTo(Stored s, PortalUser me) {
        if (!opened(s) || !surveys.attended(s.session().id(), me.id())) {
            throw new SurveyException("survey.refused.not-open-to-you");
        }
    }

    private boolean builder(PortalUser user) {
        return Roles.CONTRACTOR_MANAGER.equals(user.role())
                || (Roles.CONTRACTOR_HANDLER.equals(user.role()) && handlers.isActive(user.id()));
    }

    private void requireBuilder(PortalUser user) {
        if (!builder(user)) {
            throw new SurveyException("survey.refused.not-builder");
        }
    }
}
