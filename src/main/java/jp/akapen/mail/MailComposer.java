package jp.akapen.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.akapen.edition.Cohort;
import jp.akapen.edition.EditionService;
import jp.akapen.mail.ComposedMail.Action;
import jp.akapen.mail.ComposedMail.Person;
import jp.akapen.mail.ComposedMailRepository.Stored;
import jp.akapen.mail.rules.ApprovalHash;
import jp.akapen.mail.rules.FourEyes;
import jp.akapen.mail.rules.NoticeTemplate;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.correspondence.ThreadKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails people write to residents, under four eyes (seed E4; issue 12 item 4): draft → awaiting approval → approved
 * → sending → sent / failed. The drafter and the approver differ; both are the handling manager or an active
 * designated handler; the approval covers the {@link ApprovalHash} of recipients, subject, body and attachments as
 * the approver read them, and any edit voids it. Approval makes the row due for the sender in the same transaction.
 * Every step is in the audit log (P4), refused approvals too. Recipients are residents of a cohort, by account id:
 * addresses are asked of the vault only when the message is built (P1). Ward staff read every mail (E2).
 */
@Service
@Transactional
public class MailComposer {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 10_000;
    /** The outbox's reason for a composed mail whose approval does not cover what it holds. */
    static final String APPROVAL_INVALID = "mail.refused.approval-invalid";
    static final String OBJECT_TYPE = "mail";

    private static final int LIST_LIMIT = 300;
    private static final Set<OutboxState> EDITABLE =
            EnumSet.of(OutboxState.DRAFT, OutboxState.AWAITING_APPROVAL, OutboxState.APPROVED, OutboxState.FAILED);

    /**
     * What a person writes: the residents it goes to (account ids), subject and body, and the article or lecture it
     * belongs to ({@code thread}; null: a general mail).
     */
    public record Draft(List<Long> recipients, String subject, String body, ThreadKey thread) {

        public Draft {
            recipients = List.copyOf(new LinkedHashSet<>(recipients));
        }

        public Draft(List<Long> recipients, String subject, String body) {
            this(recipients, subject, body, null);
        }

        @Override
        public String toString() {
            return "Draft[" + recipients.size() + " recipients]";
        }
    }

    private final ComposedMailRepository mails;
    private final HandlerRegister handlers;
    private final EditionService editions;
    private final People people;
    private final AuditTrail audit;
    private final MailSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MailComposer(ComposedMailRepository mails, HandlerRegister handlers, EditionService editions, People people,
            AuditTrail audit, MailSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.mails = mails;
        this.handlers = handlers;
        this.editions = editions;
        this.people = people;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** The hash an approval covers. No attachments yet: files go as access-checked portal links (E3). */
    static String contentHash(List<Long> recipients, String subject, String body) {
        return ApprovalHash.of(recipients, subject, body, List.of());
    }

    /** Whether the signed-in person may write and approve mails to residents. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public boolean mayCompose() {
        return eligible(SignedIn.require());
    }

    /** The cohorts whose residents a mail may go to, each resident by pen name. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<Cohort> cohorts() {
        requireEligible(SignedIn.require());
        return editions.cohorts();
    }

    /** Saves a new draft ({@code id} null) or changes one; a change voids any approval. Returns the mail's id. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public long save(Long id, Draft draft) {
        PortalUser me = SignedIn.require();
        requireEligible(me);
        String subject = draft.subject() == null ? "" : draft.subject().strip();
        String body = draft.body() == null ? "" : draft.body().stripTrailing();
        validate(draft.recipients(), subject, body);
        if (id == null) {
            long created = mails.insert(draft.recipients(), subject, body, draft.thread(), settings.charset(),
                    NoticeMail.newMessageId(), me.id(), clock.instant());
            audit.record(AuditEntry.of(AuditAction.MAIL_DRAFTED, OBJECT_TYPE, created,
                    List.of("recipients", "subject", "body")));
            return created;
        }
        Stored stored = mails.lock(id).orElseThrow(() -> new ComposeException("mail.compose.refused.no-such-mail"));
        requireEditableBy(stored, me);
        boolean voids = stored.approvalHash() != null || stored.state() == OutboxState.AWAITING_APPROVAL;
        mails.replaceContent(id, draft.recipients(), subject, body, draft.thread());
        var fields = new ArrayList<>(List.of("recipients", "subject", "body"));
        if (voids) {
            fields.add("approval_hash");
        }
        audit.record(AuditEntry.of(AuditAction.MAIL_EDITED, OBJECT_TYPE, id, fields));
        return id;
    }

    /** The drafter asks for a second person's approval. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public void submit(long id) {
        PortalUser me = SignedIn.require();
        requireEligible(me);
        Stored stored = mails.lock(id).orElseThrow(() -> new ComposeException("mail.compose.refused.no-such-mail"));
        requireComposed(stored);
        if (!stored.draftedBy().equals(me.id())) {
            throw new ComposeException("mail.compose.refused.not-yours");
        }
        if (stored.state() != OutboxState.DRAFT) {
            throw new ComposeException("mail.compose.refused.not-draft");
        }
        mails.awaitApproval(id);
        audit.record(AuditEntry.of(AuditAction.MAIL_SUBMITTED, OBJECT_TYPE, id, List.of("state")));
    }

    /**
     * A second person approves the content they read ({@code readHash}, the {@link ComposedMail#contentHash} they
     * were shown); the mail is due for sending when this commits. Refusals by the rules of four eyes are logged.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public void approve(long id, String readHash) {
        PortalUser me = SignedIn.require();
        Stored stored = mails.lock(id).orElseThrow(() -> new ComposeException("mail.compose.refused.no-such-mail"));
        requireComposed(stored);
        String current = contentHash(stored.recipients(), stored.subject(), stored.body());
        var refusal = FourEyes.approval(me.id(), eligible(me), stored.draftedBy(),
                stored.state() == OutboxState.AWAITING_APPROVAL, current, readHash);
        if (refusal.isPresent()) {
            audit.recordDenied(AuditEntry.of(AuditAction.MAIL_APPROVED, OBJECT_TYPE, id, List.of("approval_hash")));
            throw new ComposeException(refusal.get().messageKey());
        }
        mails.approve(id, me.id(), current, clock.instant());
        audit.record(AuditEntry.of(AuditAction.MAIL_APPROVED, OBJECT_TYPE, id, List.of("approval_hash", "state")));
        events.publishEvent(new ComposedMailApproved(id));
    }

    /** One composed mail, for its drafter and possible approvers. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public ComposedMail mail(long id) {
        PortalUser me = SignedIn.require();
        requireEligible(me);
        Stored stored = mails.find(id).filter(s -> s.kind() == OutboxKind.COMPOSED)
                .orElseThrow(() -> new ComposeException("mail.compose.refused.no-such-mail"));
        return view(List.of(stored), me, true).getFirst();
    }

    /** Composed mails not sent yet, newest first: drafts, those awaiting approval, waiting and failed ones. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<ComposedMail> inProgress() {
        PortalUser me = SignedIn.require();
        requireEligible(me);
        return view(mails.composedInProgress(LIST_LIMIT), me, true);
    }

    /**
     * Every mail the portal holds, newest first, for ward staff (E2): composed ones as written, notices as their
     * template reads; recipients by name. The ward's address is in Cc on each (the rules put it there).
     */
    @Secured(Roles.Authorities.WARD_STAFF)
    @Transactional(readOnly = true)
    public List<ComposedMail> correspondence() {
        return view(mails.all(LIST_LIMIT), SignedIn.require(), false);
    }

    /** The ward's correspondence address, in Cc on every mail; blank when not set (then nothing is sent). */
    public String wardAddress() {
        return settings.wardAddress();
    }

    List<ComposedMail> view(List<Stored> rows, PortalUser me, boolean mayAct) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.addAll(r.recipients());
            Optional.ofNullable(r.draftedBy()).ifPresent(ids::add);
            Optional.ofNullable(r.approvedBy()).ifPresent(ids::add);
        });
        var names = people.displayNames(ids);
        boolean eligible = mayAct && eligible(me);
        return rows.stream().map(r -> {
            boolean notice = r.kind() == OutboxKind.NOTICE;
            String subject = notice ? NoticeTemplate.SUBJECT : r.subject();
            String body = notice ? NoticeTemplate.body(settings.portalUrl(), r.link()) : r.body();
            Set<Action> actions = EnumSet.noneOf(Action.class);
            String blocked = null;
            if (eligible && !notice) {
                boolean mine = me.id() == r.draftedBy();
                if (mine && EDITABLE.contains(r.state())) {
                    actions.add(Action.EDIT);
                }
                if (mine && r.state() == OutboxState.DRAFT) {
                    actions.add(Action.SUBMIT);
                }
                if (r.state() == OutboxState.AWAITING_APPROVAL) {
                    if (mine) {
                        blocked = FourEyes.Refusal.OWN_DRAFT.messageKey();
                    } else {
                        actions.add(Action.APPROVE);
                    }
                }
            }
            return new ComposedMail(r.id(), r.kind(), r.state(),
                    r.recipients().stream().map(id -> person(id, names)).toList(), subject, body,
                    r.draftedBy() == null ? null : person(r.draftedBy(), names),
                    r.approvedBy() == null ? null : person(r.approvedBy(), names),
                    notice ? null : contentHash(r.recipients(), r.subject(), r.body()), r.lastError(), r.createdAt(),
                    r.sentAt(), actions, blocked, r.thread());
        }).toList();
    }

    private static Person person(long id, java.util.Map<Long, String> names) {
        return new Person(id, names.getOrDefault(id, "#" + id));
    }

    private boolean eligible(PortalUser user) {
        return Roles.CONTRACTOR_MANAGER.equals(user.role()) || handlers.isActive(user.id());
    }

    private void requireEligible(PortalUser user) {
        if (!eligible(user)) {
            throw new ComposeException(FourEyes.Refusal.NOT_ELIGIBLE.messageKey());
        }
    }

    private static void requireComposed(Stored stored) {
        if (stored.kind() != OutboxKind.COMPOSED) {
            throw new ComposeException("mail.compose.refused.no-such-mail");
        }
    }

    private static void requireEditableBy(Stored stored, PortalUser me) {
        requireComposed(stored);
        if (!stored.draftedBy().equals(me.id())) {
            throw new ComposeException("mail.compose.refused.not-yours");
        }
        if (!EDITABLE.contains(stored.state())) {
            throw new ComposeException("mail.compose.refused.not-editable");
        }
    }

    private void validate(List<Long> recipients, String subject, String body) {
        if (recipients.isEmpty()) {
            throw new ComposeException("mail.compose.refused.no-recipient");
        }
        Set<Long> residents = new HashSet<>();
        editions.cohorts().forEach(c -> c.residents().forEach(m -> residents.add(m.id())));
        if (!residents.containsAll(recipients)) {
            throw new ComposeException("mail.compose.refused.not-a-resident");
        }
        if (subject.isEmpty()) {
            throw new ComposeException("mail.compose.refused.subject-empty");
        }
        if (subject.length() > MAX_SUBJECT || subject.contains("\n") || subject.contains("\r")) {
            throw new ComposeException("mail.compose.refused.subject-too-long");
        }
        if (body.isBlank()) {
            throw new ComposeException("mail.compose.refused.body-empty");
        }
        if (body.length() > MAX_BODY) {
            throw new ComposeException("mail.compose.refused.body-too-long");
        }
        if (!settings.charset().canCarry(subject) || !settings.charset().canCarry(body)) {
            throw new ComposeException("mail.refused.charset-cannot-carry");
        }
    }
}
