package jp.akapen.privacy.audit;

import java.util.List;
import jp.akapen.account.SignInHistory;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in events of the audit log that concern the caller's own account and name them as the
 * actor (issue 24): logins, second-factor steps, logouts. The account is always the signed-in one,
 * never a parameter, so nobody reads another person's history through here. Reading one's own
 * history is not itself logged: the entries hold times, addresses and outcomes of one's own account.
 */
@Service
class OwnSignInHistory implements SignInHistory {

    static final List<AuditAction> SIGN_IN_ACTIONS = List.of(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED,
            AuditAction.LOGIN_PASSWORD_ACCEPTED, AuditAction.MFA_SUCCEEDED, AuditAction.MFA_FAILED, AuditAction.LOGOUT);

    private final AuditRepository events;

    OwnSignInHistory(AuditRepository events) {
        this.events = events;
    }

    @Override
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<Entry> mine() {
        long me = SignedIn.require().id();
        return events.signInEventsOf(me, SIGN_IN_ACTIONS.stream().map(Enum::name).toList(), LIMIT).stream()
                .map(e -> new Entry(e.at(), e.clientAddress(), outcome(e.action(), e.outcome())))
                .toList();
    }

    static Outcome outcome(String action, String outcome) {
        return switch (AuditAction.valueOf(action)) {
            case LOGIN_SUCCEEDED -> Outcome.SIGNED_IN;
            case LOGIN_PASSWORD_ACCEPTED -> Outcome.PASSWORD_ACCEPTED;
            case MFA_SUCCEEDED -> Outcome.SECOND_FACTOR_ACCEPTED;
            case MFA_FAILED -> Outcome.SECOND_FACTOR_WRONG;
            case LOGOUT -> Outcome.SIGNED_OUT;
            default -> AuditOutcome.FAILED.name().equals(outcome) ? Outcome.PASSWORD_WRONG : Outcome.REFUSED;
        };
    }
}
