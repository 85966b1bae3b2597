package jp.akapen.privacy.oversight.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.privacy.oversight.report.ReportRepository.Row;
import jp.akapen.privacy.oversight.report.ReportRequest.Action;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import jp.akapen.shared.pdf.JapaneseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling-status reports on the ward's request (特記事項14, seed O1; issue 15 item 1). Ward staff ask (a question and
 * a due date); the handling manager answers with a text, and the answer attaches the report the portal makes for a
 * period from every {@link ReportSection} (PDF and CSV, kept with the request); ward staff download it. Requests past
 * their due date unanswered are flagged once to the ward and the manager ({@link #flagOverdue}). Every step is
 * audited; handlers, other contractor staff and residents are refused by method security.
 */
@Service
@Transactional
public class ReportService {

    static final String OBJECT_TYPE = "oversight_report";
    static final String LINK = "oversight/reports/";

    private final ReportRepository requests;
    private final List<ReportSection> sections;
    private final AuditTrail audit;
    private final NotificationService notifications;
    private final People people;
    private final JapaneseFont font;
    private final Clock clock;
    private final String ward;
    private final String contractor;
    private final String contract;

    ReportService(ReportRepository requests, List<ReportSection> sections, AuditTrail audit,
            NotificationService notifications, People people, JapaneseFont font, Clock clock,
            @Value("${akapen.contract.ward:新宿区長}") String ward,
            @Value("${akapen.contract.contractor:受託事業者}") String contractor,
            @Value("${akapen.contract.name:新宿区男女共同参画情報誌の編集業務委託}") String contract) {
        this.requests = requests;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.audit = audit;
        this.notifications = notifications;
        this.people = people;
        this.font = font;
        this.clock = clock;
        this.ward = ward;
        this.contractor = contractor;
        this.contract = contract;
    }

    /** Every request, newest first, for ward staff and the handling manager. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public List<ReportRequest> requests() {
        return view(requests.all(), SignedIn.require());
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public ReportRequest request(long id) {
        return one(id, SignedIn.require());
    }

    /** Whether the signed-in person may ask for a report: ward staff. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public boolean mayAsk() {
        return Roles.WARD_STAFF.equals(SignedIn.require().role());
    }

    /** The sections a report holds, in order, by their Japanese titles: the page tells the ward what it will get. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public List<String> sectionTitles(java.util.Locale locale) {
        return sections.stream().map(s -> s.title(locale)).toList();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public ReportRequest ask(String question, LocalDate dueOn) {
        PortalUser user = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(user.role())) {
            deny(AuditAction.OVERSIGHT_REPORT_REQUESTED, "new", "Only ward staff ask for a handling-status report");
        }
        var problems = ReportRules.questionProblems(question, dueOn, today());
        if (!problems.isEmpty()) {
            throw new ReportException(problems);
        }
        long id = requests.insert(question.strip(), dueOn, user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_REPORT_REQUESTED, OBJECT_TYPE, id, null));
        notifications.notifyRole(Roles.CONTRACTOR_MANAGER, "oversight.report.notice.requested", LINK + id,
                String.valueOf(id), dueOn.toString());
        return one(id, user);
    }

    /** The period the manager's answer covers unless they choose another ({@link ReportRules#defaultPeriod}). */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public ReportRules.Period defaultPeriod() {
        return ReportRules.defaultPeriod(today(), requests.lastPeriodEnd().orElse(null));
    }

    /**
     * The handling manager's answer: the text, and the report for the period made now from every section, as the
     * manager reads it. A request is answered once.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public ReportRequest answer(long id, String answer, LocalDate from, LocalDate to) {
        PortalUser user = SignedIn.require();
        if (!Roles.CONTRACTOR_MANAGER.equals(user.role())) {
            deny(AuditAction.OVERSIGHT_REPORT_ANSWERED, String.valueOf(id),
                    "Only the handling manager answers a handling-status report request");
        }
        Row row = requests.lock(id).orElseThrow(() -> new ReportException("oversight.report.error.no-such-request"));
        if (row.answeredAt() != null) {
            throw new ReportException("oversight.report.error.answered");
        }
        var problems = ReportRules.answerProblems(answer, from, to, today());
        if (!problems.isEmpty()) {
            throw new ReportException(problems);
        }
        Instant now = clock.instant();
        List<ReportDocument.Part> parts = new ArrayList<>();
        for (ReportSection section : sections) {
            parts.add(new ReportDocument.Part(section.title(ReportDocument.JA),
                    section.table(from, to, ReportDocument.JA)));
        }
        var content = new ReportDocument.Content(id, new ReportDocument.Parties(ward, contractor, contract,
                name(user.id())), from, to, today(), now, row.question(), answer.strip(), parts);
        byte[] pdf;
        try {
            pdf = ReportDocument.pdf(content, font);
        } catch (JapaneseFont.MissingFontException e) {
            throw new ReportException("oversight.report.error.font");
        }
        byte[] csv = ReportDocument.csv(content);
        String sha256 = sha256(pdf);
        requests.answer(id, answer.strip(), user.id(), now, from, to, pdf, csv, sha256);
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_REPORT_ANSWERED, OBJECT_TYPE, id,
                List.of("sha256_" + sha256.substring(0, 16))));
        notifications.notifyAccount(row.askedBy(), "oversight.report.notice.answered", LINK + id, String.valueOf(id));
        return one(id, user);
    }

    /** The answered report's PDF; the download is audited. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public byte[] pdf(long id) {
        byte[] pdf = requests.pdf(id).orElse(null);
        return downloaded(id, pdf, "pdf");
    }

    /** The answered report's CSV (UTF-8 with BOM); the download is audited. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public byte[] csv(long id) {
        byte[] csv = requests.csv(id).orElse(null);
        return downloaded(id, csv, "csv");
    }

    /**
     * Tells ward staff and the handling manager of each request past its due date unanswered, once per request;
     * returns how many this call flagged. Safe with several instances: rows are locked and skipped by the others.
     */
    public int flagOverdue() {
        LocalDate today = today();
        int flagged = 0;
        for (Row row : requests.overdueUnflagged(today)) {
            requests.flagged(row.id(), clock.instant());
            audit.record(AuditEntry.of(AuditAction.OVERSIGHT_REPORT_OVERDUE, OBJECT_TYPE, row.id(), null),
                    new AuditActor(null, "SYSTEM_OVERSIGHT"));
            for (String role : List.of(Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER)) {
                notifications.notifyRole(role, "oversight.report.notice.overdue", LINK + row.id(),
                        String.valueOf(row.id()), row.dueOn().toString());
            }
            flagged++;
        }
        return flagged;
    }

    private byte[] downloaded(long id, byte[] file, String kind) {
        if (file == null) {
            throw new ReportException("oversight.report.error.not-answered");
        }
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_REPORT_DOWNLOADED, OBJECT_TYPE, id, List.of(kind)));
        return file;
    }

    private ReportRequest one(long id, PortalUser user) {
        return view(List.of(requests.find(id).orElseThrow(
                () -> new ReportException("oversight.report.error.no-such-request"))), user).getFirst();
    }

    private List<ReportRequest> view(List<Row> rows, PortalUser user) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.askedBy());
            if (r.answeredBy() != null) {
                ids.add(r.answeredBy());
            }
        });
        Map<Long, String> names = people.displayNames(ids);
        LocalDate today = today();
        boolean manager = Roles.CONTRACTOR_MANAGER.equals(user.role());
        return rows.stream().map(r -> {
            boolean answered = r.answeredAt() != null;
            Set<Action> actions = EnumSet.noneOf(Action.class);
            if (manager && !answered) {
                actions.add(Action.ANSWER);
            }
            if (answered) {
                actions.add(Action.DOWNLOAD);
            }
            return new ReportRequest(r.id(), r.question(), r.dueOn(), names.getOrDefault(r.askedBy(), "—"),
                    r.askedAt(), r.answer(), r.answeredBy() == null ? null : names.getOrDefault(r.answeredBy(), "—"),
                    r.answeredAt(), r.periodFrom(), r.periodTo(), r.reportSha256(),
                    ReportRules.overdue(r.dueOn(), answered, today), actions);
        }).toList();
    }

    private void deny(AuditAction action, String objectId, String why) {
        audit.recordDenied(AuditEntry.of(action, OBJECT_TYPE, objectId, null));
        throw new LoggedRefusal(why);
    }

    private String name(long accountId) {
        return people.displayNames(List.of(accountId)).getOrDefault(accountId, "—");
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
