package jp.akapen.mail.files;

import java.util.Set;
import jp.akapen.shared.Roles;

/**
 * Who may do what with a file (seed E2, E3, P2): ward staff read every file; otherwise its uploader, the accounts
 * and the roles it was shared with. Links are revoked by their file's uploader, the link's maker, the handling
 * manager, an active designated handler or ward staff. Plain Java: the service supplies the facts.
 */
final class FileAccess {

    /** The reader as far as access goes. */
    record Reader(long accountId, String role) {
    }

    private FileAccess() {
    }

    static boolean mayRead(Reader reader, long uploaderId, Set<Long> accounts, Set<String> roles) {
        return Roles.WARD_STAFF.equals(reader.role()) || reader.accountId() == uploaderId
                || accounts.contains(reader.accountId()) || roles.contains(reader.role());
    }

    /** Residents receive files; the contractor and the ward share them. */
    static boolean mayUpload(Reader reader) {
        return !Roles.RESIDENT.equals(reader.role());
    }

    static boolean mayRevoke(Reader reader, long uploaderId, long linkCreatorId, boolean activeHandler) {
        return Roles.WARD_STAFF.equals(reader.role()) || Roles.CONTRACTOR_MANAGER.equals(reader.role())
                || reader.accountId() == uploaderId || reader.accountId() == linkCreatorId
                || (Roles.CONTRACTOR_HANDLER.equals(reader.role()) && activeHandler);
    }
}
