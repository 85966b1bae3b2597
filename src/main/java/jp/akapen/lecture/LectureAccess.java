package jp.akapen.lecture;

import java.util.List;
import jp.akapen.lecture.LectureRepository.SessionRow;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a session: the manager and active designated handlers organise (as they write mails to
 * residents); ward staff read every session; a resident reads the sessions they are invited to, and a refusal of any
 * other is in the audit log (P4).
 */
@Component
class LectureAccess {

    static final String OBJECT_TYPE = "lecture";

    private final LectureRepository sessions;
    private final HandlerRegister handlers;
    private final AuditTrail audit;

    LectureAccess(LectureRepository sessions, HandlerRegister handlers, AuditTrail audit) {
        this.sessions = sessions;
        this.handlers = handlers;
        this.audit = audit;
    }

    boolean organiser(PortalUser user) {
        return Roles.CONTRACTOR_MANAGER.equals(user.role())
                || Roles.CONTRACTOR_HANDLER.equals(user.role()) && handlers.isActive(user.id());
    }

    void requireOrganiser(PortalUser user) {
        if (!organiser(user)) {
            throw new LectureException("lecture.refused.not-organiser");
        }
    }

    static boolean resident(PortalUser user) {
        return Roles.RESIDENT.equals(user.role());
    }

    /** The session if the user may read it; a resident not invited is refused and the refusal audited. */
    SessionRow readable(long id, PortalUser user, boolean lock) {
        var row = (lock ? sessions.lock(id) : sessions.find(id))
                .orElseThrow(() -> new LectureException("lecture.refused.no-such-session"));
        boolean allowed = Roles.WARD_STAFF.equals(user.role()) || organiser(user)
                || resident(user) && sessions.invitations(List.of(id)).stream()
                        .anyMatch(i -> i.residentId() == user.id());
        if (!allowed) {
            audit.recordDenied(AuditEntry.of(AuditAction.ACCESS_DENIED, OBJECT_TYPE, id, List.of()));
            throw new LectureException("lecture.refused.not-invited");
        }
        return row;
    }
}
