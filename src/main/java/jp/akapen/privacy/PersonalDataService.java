package jp.akapen.privacy;

import java.util.Optional;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to a resident's personal data. Ward staff and contractor handlers may read it
 * (seed P2; designation with dates comes with the handler register), a resident only their own.
 * Each read and change is logged in the same transaction (P4).
 */
@Service
@Transactional
public class PersonalDataService {

    // TEMPORARY (branch issue5): the vault replaces the plaintext table; see the vault helper's work.
    private final java.util.Map<Long, PersonalData> stub = new java.util.concurrent.ConcurrentHashMap<>();

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_HANDLER, Roles.Authorities.RESIDENT})
    public Optional<PersonalData> read(long residentId) {
        PortalUser reader = permitted(residentId);
        return Optional.ofNullable(stub.get(residentId));
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_HANDLER, Roles.Authorities.RESIDENT})
    public void save(long residentId, PersonalData data) {
        PortalUser writer = permitted(residentId);
        stub.put(residentId, data);
    }

    private static PortalUser permitted(long residentId) {
        PortalUser user = SignedIn.require();
        if (Roles.RESIDENT.equals(user.role()) && user.id() != residentId) {
            throw new AccessDeniedException("A resident may only see their own personal data");
        }
        return user;
    }
}
