package jp.akapen.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may disable, re-enable or reset whose sign-in (issue 24; seed R1-R5, P3), without Spring:
 * the contractor manager for the contractor's staff and handlers, ward staff for residents and the
 * contractor manager; nobody their own account. Every answer is an i18n key a page can show.
 */
final class AccountRules {

    /** How recently a resetter must have signed in (with their second factor, where they use one). */
    static final Duration RECENT_SIGN_IN = Duration.ofMinutes(10);

    /** How long a reset's one-time code works: enough to pass it on by telephone or in person. */
    static final Duration RESET_CODE_VALID = Duration.ofHours(72);

    private AccountRules() {
    }

    static Set<Role> manages(Role actor) {
        return switch (actor) {
            case WARD_STAFF -> EnumSet.of(Role.RESIDENT, Role.CONTRACTOR_MANAGER);
            case CONTRACTOR_MANAGER -> EnumSet.of(Role.CONTRACTOR_STAFF, Role.CONTRACTOR_HANDLER);
            default -> EnumSet.noneOf(Role.class);
        };
    }

    /** Why the actor may not disable, enable or reset the target; empty when they may. */
    static Optional<String> refusal(long actorId, Role actorRole, Account target) {
        if (target.id() == actorId) {
            return Optional.of("account.manage.own");
        }
        if (!manages(actorRole).contains(target.role())) {
            return Optional.of("account.manage.not-yours");
        }
        return Optional.empty();
    }

    /** Whether a sign-in at {@code signedInAt} is recent enough at {@code now} to reset someone else. */
    static boolean signedInRecently(Instant signedInAt, Instant now) {
        return signedInAt != null && !signedInAt.isAfter(now) && !signedInAt.isBefore(now.minus(RECENT_SIGN_IN));
    }
}
