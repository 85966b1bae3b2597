package jp.akapen.lecture;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.edition.Cohort;
import jp.akapen.edition.EditionService;
import jp.akapen.lecture.LectureDetail.Action;
import jp.akapen.lecture.LectureDetail.RosterEntry;
import jp.akapen.lecture.LectureRepository.InvitationRow;
import jp.akapen.lecture.LectureRepository.SessionRow;
import jp.akapen.mail.ComposeException;
import jp.akapen.mail.MailComposer;
import jp.akapen.mail.MailSettings;
import jp.akapen.mail.files.FileLinks;
import jp.akapen.mail.files.PortalFile;
import jp.akapen.mail.files.PortalFiles;
import jp.akapen.shared.correspondence.ThreadKey;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lectures (講座) and editorial meetings (会議) of a cohort (issue 13 items 1–3; seed W3): the manager or an active
 * handler schedules one, which invites the cohort's residents, and drafts the invitation mail, which goes out under
 * four eyes (E4); residents answer 出席/欠席/未定 until the deadline, within the capacity. Everyone appears by pen name.
 */
@Service
@Transactional
public class LectureService {

    static final String NOTICE_CANCELLED = "lecture.notice.cancelled";

    private final LectureRepository sessions;
    private final LectureAccess access;
    private final EditionService editions;
    private final MailComposer composer;
    private final MailSettings mailSettings;
    private final PortalFiles files;
    private final FileLinks links;
    private final People people;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LectureService(LectureRepository sessions, LectureAccess access, EditionService editions, MailComposer composer,
            MailSettings mailSettings, PortalFiles files, FileLinks links, People people, NotificationService notifications, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.editions = editions;
        this.composer = composer;
        this.mailSettings = mailSettings;
        this.files = files;
        this.links = links;
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in person may schedule and run sessions (the manager, an active handler). */
    @Transactional(readOnly = true)
    public boolean mayOrganise() {
        return SignedIn.user().map(access::organiser).orElse(false);
    }

    /** The cohorts a session may be for. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public List<Cohort> cohorts() {
        access.requireOrganiser(SignedIn.require());
        return editions.cohorts();
    }

    /** The portal files the organiser may attach as materials. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public List<PortalFile> materialChoices() {
        access.requireOrganiser(SignedIn.require());
        return files.visible().stream().filter(f -> !f.encryptedZip()).toList();
    }

    /** Schedules a session and invites the cohort's residents. Returns its id. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public long schedule(LectureDraft draft) {
        return schedule(draft, clock.instant());
    }

    /**
     * Schedules as if it were {@code now}: the rule "no start in the past" is judged then. Package-private for
     * {@link DemoSessions}, the demo's one way to show an ended lecture; everyone else goes through the method above.
     */
    long schedule(LectureDraft draft, Instant now) {
        PortalUser me = SignedIn.require();
        access.requireOrganiser(me);
        LectureDraft clean = clean(draft);
        LectureRules.refusal(clean, now, true).ifPresent(key -> {
            throw new LectureException(key);
        });
        Cohort cohort = editions.cohorts().stream().filter(c -> c.id() == clean.cohortId()).findFirst()
                .orElseThrow(() -> new LectureException("lecture.refused.no-such-cohort"));
        long id = sessions.insert(clean, me.id(), now);
        sessions.invite(id, cohort.residents().stream().map(Cohort.Member::id).toList());
        sessions.replaceMaterials(id, materials(clean.materialFileIds()));
        audit.record(AuditEntry.of(AuditAction.LECTURE_SCHEDULED, LectureAccess.OBJECT_TYPE, id,
                List.of("title", "starts_at", "ends_at", "rsvp_deadline")));
        events.publishEvent(new SessionScheduled(id, cohort.id(), clean.startsAt(), clean.endsAt()));
        return id;
    }

    /**
     * Changes a session that has not ended; the cohort stays. A new deadline makes a new reminder due (a reminder is
     * kept per deadline); a capacity below the residents already coming is refused.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public void update(long id, LectureDraft draft) {
        PortalUser me = SignedIn.require();
        access.requireOrganiser(me);
        SessionRow row = access.readable(id, me, true);
        requireOpen(row);
        LectureDraft clean = clean(new LectureDraft(row.cohortId(), draft.kind(), draft.title(), draft.startsAt(),
                draft.endsAt(), draft.place(), draft.onlineUrl(), draft.capacity(), draft.agenda(),
                draft.rsvpDeadline(), draft.materialFileIds()));
        LectureRules.refusal(clean, clock.instant(), false).ifPresent(key -> {
            throw new LectureException(key);
        });
        int coming = sessions.countAttending(id, -1);
        if (clean.capacity() != null && clean.capacity() < coming) {
            throw new LectureException("lecture.refused.capacity-below-answers", String.valueOf(coming));
        }
        sessions.update(id, clean);
        sessions.replaceMaterials(id, materials(clean.materialFileIds()));
        audit.record(AuditEntry.of(AuditAction.LECTURE_SCHEDULED, LectureAccess.OBJECT_TYPE, id,
                List.of("title", "starts_at", "ends_at", "rsvp_deadline", "capacity")));
    }

    /**
     * Cancels a session that has not ended, with the reason (required), and tells every invited resident in the portal
     * inbox (mailed too to those who take notices by mail, through the mail area's NoticeMail).
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public void cancel(long id, String reason) {
        PortalUser me = SignedIn.require();
        access.requireOrganiser(me);
        SessionRow row = access.readable(id, me, true);
        requireOpen(row);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new LectureException("lecture.refused.cancel-reason-missing");
        }
        if (why.length() > LectureRules.MAX_CANCEL_REASON) {
            throw new LectureException("lecture.refused.cancel-reason-too-long",
                    String.valueOf(LectureRules.MAX_CANCEL_REASON));
        }
        sessions.cancel(id, clock.instant(), me.id(), why);
        audit.record(AuditEntry.of(AuditAction.LECTURE_CANCELLED, LectureAccess.OBJECT_TYPE, id,
                List.of("cancelled_at", "cancel_reason")));
        for (InvitationRow invited : sessions.invitations(List.of(id))) {
            notifications.notifyAccount(invited.residentId(), NOTICE_CANCELLED, "lectures/" + id, row.title(),
                    JapaneseDates.isoDateTime(row.startsAt()), why);
        }
    }

    /** Sessions the signed-in person may read, latest start first: a resident's invitations, every one for staff. */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<Lecture> lectures() {
        PortalUser me = SignedIn.require();
        List<SessionRow> rows;
        if (LectureAccess.resident(me)) {
            rows = sessions.invitedTo(me.id());
        } else if (Roles.WARD_STAFF.equals(me.role()) || access.organiser(me)) {
            rows = sessions.all();
        } else {
            throw new LectureException("lecture.refused.not-organiser");
        }
        return lectures(rows, me);
    }

    /** One session with its roster and what the reader may do now. */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public LectureDetail lecture(long id) {
        PortalUser me = SignedIn.require();
        SessionRow row = access.readable(id, me, false);
        Lecture lecture = lectures(List.of(row), me).getFirst();
        var invitations = sessions.invitations(List.of(id));
        Set<Long> attended = new HashSet<>();
        sessions.attendance(List.of(id)).forEach(a -> attended.add(a.residentId()));
        var names = people.displayNames(invitations.stream().map(InvitationRow::residentId).toList());
        boolean organiser = access.organiser(me);
        boolean ward = Roles.WARD_STAFF.equals(me.role());
        List<RosterEntry> roster = new ArrayList<>();
        RosterEntry mine = null;
        for (InvitationRow i : invitations) {
            boolean own = i.residentId() == me.id();
            var entry = new RosterEntry(i.residentId(), names.getOrDefault(i.residentId(), "#" + i.residentId()),
                    i.answer(), organiser || ward || own ? i.note() : null, i.answeredAt(),
                    attended.contains(i.residentId()));
            roster.add(entry);
            if (own) {
                mine = entry;
            }
        }
        roster.sort(java.util.Comparator.comparing(RosterEntry::penName));
        Instant now = clock.instant();
        Set<Action> actions = EnumSet.noneOf(Action.class);
        boolean open = row.cancelledAt() == null;
        if (mine != null && open && now.isBefore(row.rsvpDeadline())) {
            actions.add(Action.ANSWER);
        }
        if (mine != null && open && row.checkinCodeHash() != null
                && CheckinCodes.open(row.startsAt(), row.endsAt(), now) && !attended.contains(me.id())) {
            actions.add(Action.CHECK_IN);
        }
        int late = 0;
        if (organiser && open) {
            actions.add(Action.ORGANISE);
            if (row.invitationMailId() == null && now.isBefore(row.startsAt())) {
                actions.add(Action.DRAFT_INVITATION);
            }
            late = sessions.lateWithoutMail(id).size();
            if (late > 0 && now.isBefore(row.startsAt())) {
                actions.add(Action.DRAFT_FOLLOWUP);
            }
        }
        return new LectureDetail(lecture, roster, mine, attended.contains(me.id()), actions, late);
    }

    /** A resident answers, or changes the answer, until the deadline; 出席 is refused beyond the capacity. */
    @Secured(Roles.Authorities.RESIDENT)
    public void answer(long id, Rsvp answer, String note) {
        answer(id, answer, note, clock.instant());
    }

    /** Answers as if it were {@code now}; package-private for {@link DemoSessions}, like the scheduling above. */
    void answer(long id, Rsvp answer, String note, Instant now) {
        PortalUser me = SignedIn.require();
        if (!LectureAccess.resident(me)) {
            throw new LectureException("lecture.refused.not-invited");
        }
        SessionRow row = access.readable(id, me, true);
        if (row.cancelledAt() != null) {
            throw new LectureException("lecture.refused.cancelled");
        }
        if (!now.isBefore(row.rsvpDeadline())) {
            throw new LectureException("lecture.refused.deadline-passed",
                    JapaneseDates.isoDateTime(row.rsvpDeadline()));
        }
        if (answer == null) {
            throw new LectureException("lecture.refused.answer-missing");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > LectureRules.MAX_NOTE) {
            throw new LectureException("lecture.refused.note-too-long", String.valueOf(LectureRules.MAX_NOTE));
        }
        if (answer == Rsvp.ATTEND && row.capacity() != null && sessions.countAttending(id, me.id()) >= row.capacity()) {
            throw new LectureException("lecture.refused.full", String.valueOf(row.capacity()));
        }
        sessions.answer(id, me.id(), answer, cleanNote, now);
    }

    /**
     * Drafts the invitation to every invited resident from the Japanese template and asks for a second person's
     * approval (E4); the mail's id is kept on the session, and its approval posts the portal notices. Returns the id.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public long draftInvitation(long id) {
        PortalUser me = SignedIn.require();
        access.requireOrganiser(me);
        SessionRow row = access.readable(id, me, true);
        requireOpen(row);
        if (row.invitationMailId() != null) {
            throw new LectureException("lecture.refused.invitation-exists");
        }
        Lecture lecture = lectures(List.of(row), me).getFirst();
        List<Long> recipients = sessions.invitations(List.of(id)).stream().map(InvitationRow::residentId).toList();
        if (recipients.isEmpty()) {
            throw new LectureException("lecture.refused.nobody-invited");
        }
        try {
            long mailId = composer.save(null, new MailComposer.Draft(recipients, InvitationTemplate.subject(lecture),
                    InvitationTemplate.body(lecture, mailSettings.portalUrl()), ThreadKey.lecture(id)));
            composer.submit(mailId);
            sessions.setInvitationMail(id, mailId);
            return mailId;
        } catch (ComposeException refused) {
            throw new LectureException(refused.getMessage());
        }
    }

    /**
     * Drafts the invitation again for the residents who joined the cohort after the invitation mail was drafted, to
     * them only, and asks for a second person's approval (E4). Returns the mail's id.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public long draftFollowup(long id) {
        PortalUser me = SignedIn.require();
        access.requireOrganiser(me);
        SessionRow row = access.readable(id, me, true);
        requireOpen(row);
        if (!clock.instant().isBefore(row.startsAt())) {
            throw new LectureException("lecture.refused.started");
        }
        List<Long> recipients = sessions.lateWithoutMail(id);
        if (recipients.isEmpty()) {
            throw new LectureException("lecture.refused.nobody-late");
        }
        Lecture lecture = lectures(List.of(row), me).getFirst();
        try {
            long mailId = composer.save(null, new MailComposer.Draft(recipients, InvitationTemplate.subject(lecture),
                    InvitationTemplate.body(lecture, mailSettings.portalUrl())));
            composer.submit(mailId);
            sessions.setFollowupMail(id, recipients, mailId);
            return mailId;
        } catch (ComposeException refused) {
            throw new LectureException(refused.getMessage());
        }
    }

    private void requireOpen(SessionRow row) {
        if (row.cancelledAt() != null) {
            throw new LectureException("lecture.refused.cancelled");
        }
        if (!clock.instant().isBefore(row.endsAt())) {
            throw new LectureException("lecture.refused.ended");
        }
    }

    private List<Lecture> lectures(List<SessionRow> rows, PortalUser me) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(SessionRow::id).toList();
        var materials = sessions.materials(ids);
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, Rsvp> mine = new HashMap<>();
        for (InvitationRow i : sessions.invitations(ids)) {
            int[] c = counts.computeIfAbsent(i.sessionId(), k -> new int[2]);
            c[0]++;
            if (i.answer() == Rsvp.ATTEND) {
                c[1]++;
            }
            if (i.residentId() == me.id() && i.answer() != null) {
                mine.put(i.sessionId(), i.answer());
            }
        }
        return rows.stream().map(r -> {
            int[] c = counts.getOrDefault(r.id(), new int[2]);
            return new Lecture(r.id(), r.cohortId(),
                    JapaneseDates.fiscalYearOf(r.startsAt().atZone(JapaneseDates.ZONE).toLocalDate()), r.kind(),
                    r.title(), r.startsAt(), r.endsAt(), r.place(), r.onlineUrl(), r.capacity(), r.agenda(),
                    r.rsvpDeadline(), r.cancelledAt() != null, r.cancelReason(), r.invitationMailId(),
                    materials.getOrDefault(r.id(), List.of()), c[0], c[1], mine.get(r.id()));
        }).toList();
    }

    /** Links for the chosen files, each one the organiser may read; made to last as long as a link may. */
    private List<Lecture.Material> materials(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        Map<Long, PortalFile> readable = new HashMap<>();
        files.visible().forEach(f -> readable.put(f.id(), f));
        List<Lecture.Material> out = new ArrayList<>();
        for (long fileId : new java.util.LinkedHashSet<>(fileIds)) {
            PortalFile file = readable.get(fileId);
            if (file == null) {
                throw new LectureException("lecture.refused.material-not-readable");
            }
            out.add(new Lecture.Material(fileId, file.name(),
                    links.linkFor(fileId, PortalFiles.MAX_LINK_LIFETIME).url()));
        }
        return out;
    }

    private static LectureDraft clean(LectureDraft d) {
        return new LectureDraft(d.cohortId(), d.kind(), d.title() == null ? null : d.title().strip(), d.startsAt(),
                d.endsAt(), LectureRules.blank(d.place()) ? null : d.place().strip(),
                LectureRules.blank(d.onlineUrl()) ? null : d.onlineUrl().strip(), d.capacity(),
                LectureRules.blank(d.agenda()) ? null : d.agenda().strip(), d.rsvpDeadline(), d.materialFileIds());
    }
}
