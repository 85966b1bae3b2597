package jp.akapen.manuscript;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a manuscript: a resident only with their own; the contractor's people
 * correct any (they see pen names only); ward staff read everything and change nothing. The
 * services both enforce these rules and hand them to the views as {@link ManuscriptAction}s.
 */
final class ManuscriptAccess {

    private ManuscriptAccess() {
    }

    static void requireRead(PortalUser user, ManuscriptRepository.Row manuscript) {
        if (Roles.RESIDENT.equals(user.role()) && manuscript.residentId() != user.id()) {
            throw new AccessDeniedException("A resident may only open their own manuscripts");
        }
    }

    static void requireOwner(PortalUser user, ManuscriptRepository.Row manuscript) {
        if (!owns(user, manuscript)) {
            throw new AccessDeniedException("Only the resident who writes this manuscript may do this");
        }
    }

    static void requireContractor(PortalUser user) {
        if (!contractor(user)) {
            throw new AccessDeniedException("Only the contractor's editors correct manuscripts");
        }
    }

    /** Refuses with the given message key, if there is one. */
    static void refuseIf(Optional<String> refusal) {
        refusal.ifPresent(key -> {
            throw new ManuscriptException(key);
        });
    }

    /** Why the owner may not save a draft now, as a message key; empty when they may. */
    static Optional<String> draftRefusal(ManuscriptRepository.Row manuscript) {
        return switch (manuscript.status()) {
            case FINAL -> Optional.of("manuscript.error.final");
            case IN_REVIEW -> Optional.of("manuscript.error.review-first");
            default -> Optional.empty();
        };
    }

    static Optional<String> markFinalRefusal(ManuscriptRepository.Row manuscript) {
        return manuscript.status() != ManuscriptStatus.DRAFTING || manuscript.latestVersion() == 0
                ? Optional.of("manuscript.error.cannot-finalise") : Optional.empty();
    }

    static Optional<String> openRoundRefusal(ManuscriptRepository.Row manuscript) {
        if (manuscript.status() != ManuscriptStatus.DRAFTING) {
            return Optional.of(manuscript.status() == ManuscriptStatus.FINAL
                    ? "manuscript.error.final" : "manuscript.error.round-in-progress");
        }
        return manuscript.latestVersion() == 0 ? Optional.of("manuscript.error.no-draft") : Optional.empty();
    }

    static Set<ManuscriptAction> actions(PortalUser user, ManuscriptRepository.Row manuscript) {
        Set<ManuscriptAction> actions = EnumSet.noneOf(ManuscriptAction.class);
        if (owns(user, manuscript)) {
            if (draftRefusal(manuscript).isEmpty()) {
                actions.add(ManuscriptAction.WRITE_DRAFT);
            }
            if (markFinalRefusal(manuscript).isEmpty()) {
                actions.add(ManuscriptAction.MARK_FINAL);
            }
            if (manuscript.status() == ManuscriptStatus.IN_REVIEW) {
                actions.add(ManuscriptAction.REVIEW);
            }
        }
        if (contractor(user) && openRoundRefusal(manuscript).isEmpty()) {
            actions.add(ManuscriptAction.OPEN_ROUND);
        }
        return actions;
    }

    static Set<ManuscriptAction> roundActions(PortalUser user, ManuscriptRepository.Row manuscript, RoundStatus round) {
        if (contractor(user) && round == RoundStatus.OPEN) {
            return EnumSet.of(ManuscriptAction.CORRECT);
        }
        if (owns(user, manuscript) && round == RoundStatus.RETURNED) {
            return EnumSet.of(ManuscriptAction.REVIEW);
        }
        return EnumSet.noneOf(ManuscriptAction.class);
    }

    private static boolean owns(PortalUser user, ManuscriptRepository.Row manuscript) {
        return Roles.RESIDENT.equals(user.role()) && manuscript.residentId() == user.id();
    }

    private static boolean contractor(PortalUser user) {
        return Roles.CONTRACTOR_SIDE.contains(user.role());
    }
}
