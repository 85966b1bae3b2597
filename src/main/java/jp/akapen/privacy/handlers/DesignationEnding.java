package jp.akapen.privacy.handlers;

import java.time.Clock;
import java.util.List;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of ending a designation, the same whether the manager ends it or a disabled account does (P2): the row
 * ends (an upcoming one is withdrawn), the audit log and the ward hear of it, and {@link HandlerDesignationEnded}
 * ends the handler's reading rights. The caller holds the row's lock and has checked that it has not ended.
 */
@Component
class DesignationEnding {

    private final DesignationRepository designations;
    private final HandlerRegister register;
    private final AuditTrail auditTrail;
    private final NotificationService notifications;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DesignationEnding(DesignationRepository designations, HandlerRegister register, AuditTrail auditTrail,
            NotificationService notifications, People people, ApplicationEventPublisher events, Clock clock) {
        this.designations = designations;
        this.register = register;
        this.auditTrail = auditTrail;
        this.notifications = notifications;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    void end(Designation designation, long byAccountId) {
        designations.end(designation.id(), DesignationRules.endsOnWhenEnded(designation, register.today()), byAccountId,
                clock.instant());
        auditTrail.record(AuditEntry.of(AuditAction.HANDLER_DESIGNATION_ENDED, HandlerDesignationService.OBJECT_TYPE,
                designation.id(), null));
        events.publishEvent(new HandlerDesignationEnded(designation.id(), designation.accountId()));
        var names = people.displayNames(List.of(designation.accountId(), byAccountId));
        notifications.notifyRole(Roles.WARD_STAFF, "handlers.notice.ended", "handlers",
                names.getOrDefault(designation.accountId(), "?"), names.getOrDefault(byAccountId, "?"));
    }
}
