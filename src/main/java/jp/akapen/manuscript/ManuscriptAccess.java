package jp.akapen.manuscript;

import java.util.Set;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a manuscript: a resident only with their own; the contractor's people
 * correct any (they see pen names only); ward staff read everything and change nothing.
 */
final class ManuscriptAccess {

    static final Set<String> CONTRACTOR =
            Set.of(Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF);

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
        if (!CONTRACTOR.contains(user.role())) {
            throw new AccessDeniedException("Only the contractor's editors correct manuscripts");
        }
    }

    static boolean isContractor(PortalUser user) {
        return CONTRACTOR.contains(user.role());
    }
}
