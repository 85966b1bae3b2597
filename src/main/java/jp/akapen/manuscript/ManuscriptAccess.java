package jp.akapen.manuscript;

import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a manuscript: a resident only with their own; the contractor's people
 * correct any (they see pen names only); ward staff read everything and change nothing.
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
        if (!Roles.RESIDENT.equals(user.role()) || manuscript.residentId() != user.id()) {
            throw new AccessDeniedException("Only the resident who writes this manuscript may do this");
        }
    }

    static void requireContractor(PortalUser user) {
        if (!Roles.CONTRACTOR_SIDE.contains(user.role())) {
            throw new AccessDeniedException("Only the contractor's editors correct manuscripts");
        }
    }
}
