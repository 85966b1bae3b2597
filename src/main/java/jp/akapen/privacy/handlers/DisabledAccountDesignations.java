package jp.akapen.privacy.handlers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.account.AccountDisabled;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disabled account holds no designation (issue 24; seed P2): its active one ends, and an upcoming
 * one is withdrawn, in the disabling transaction, recorded as ended by whoever disabled the account,
 * audited and reported to the ward like an ending by hand. The register keeps the rows.
 */
@Component
class DisabledAccountDesignations {

    private final DesignationRepository designations;
    private final HandlerRegister register;
    private final AuditTrail auditTrail;
    private final NotificationService notifications;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisabledAccountDesignations(DesignationRepository designations, HandlerRegister register, AuditTrail auditTrail,
            NotificationService notifications, People people, ApplicationEventPublisher events, Clock clock) {
        this.designations = designations;
        this.register = register;
        this.auditTrail = auditTrail;
        this.notifications = notifications;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void accountDisabled(AccountDisabled disabled) {
        LocalDate today = register.today();
        for (Designation designation : designations.lockAllOf(disabled.accountId())) {
            if (designation.statusOn(today) == DesignationStatus.ENDED) {
                continue;
            }
            designations.end(designation.id(), DesignationRules.endsOnWhenEnded(designation, today), disabled.by(),
                    clock.instant());
            auditTrail.record(AuditEntry.of(AuditAction.HANDLER_DESIGNATION_ENDED,
                    HandlerDesignationService.OBJECT_TYPE, designation.id(), null));
            events.publishEvent(new HandlerDesignationEnded(designation.id(), designation.accountId()));
            var names = people.displayNames(List.of(disabled.accountId(), disabled.by()));
            notifications.notifyRole(Roles.WARD_STAFF, "handlers.notice.ended", "handlers",
                    names.getOrDefault(disabled.accountId(), "?"), names.getOrDefault(disabled.by(), "?"));
        }
    }
}
