package jp.akapen.privacy.vault;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.akapen.edition.CohortFormed;
import jp.akapen.edition.ResidentJoinedCohort;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to a resident's personal data (seed P1, P2, P4, P6, P11). Ward staff and designated handlers
 * ({@link HandlerRegister}) may read any resident's, a resident only their own; nobody else, and each refusal is
 * logged. Reads go field by field where they can: every call that returns personal data writes exactly one
 * PERSONAL_DATA_READ event naming the fields (never the values) in the same transaction, and every change one
 * PERSONAL_DATA_CHANGED naming the changed fields. Nothing is collected before the resident acknowledged the current
 * {@link PurposeNoticeService purpose notice}.
 *
 * <p>Method security admits every role so that a refusal reaches the code below and is logged; who may see what is
 * decided here.
 */
@Service
@Transactional
public class PersonalDataService {

    static final String OBJECT_TYPE = "person";

    private final Vault vault;
    private final HandlerRegister handlers;
    private final PurposeNoticeService purposeNotice;
    private final AuditTrail audit;

    PersonalDataService(Vault vault, HandlerRegister handlers, PurposeNoticeService purposeNotice, AuditTrail audit) {
        this.vault = vault;
        this.handlers = handlers;
        this.purposeNotice = purposeNotice;
        this.audit = audit;
    }

    /** One field of one resident, revealed: one audited read. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public FieldReading readField(long residentId, PersonalData.Field field) {
        requireReader(residentId, EnumSet.of(field));
        var opened = vault.open(residentId, EnumSet.of(field));
        audit.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, OBJECT_TYPE, residentId, names(EnumSet.of(field))));
        return new FieldReading(residentId, field, opened.state(), opened.data() == null ? null : opened.data().get(field));
    }

    /** Every field at once, for the resident's own page and the ward's correction form: one audited read. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public PersonalDataEntry readAll(long residentId) {
        Set<PersonalData.Field> all = EnumSet.allOf(PersonalData.Field.class);
        requireReader(residentId, all);
        var opened = vault.open(residentId, all);
        audit.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, OBJECT_TYPE, residentId, names(all)));
        return new PersonalDataEntry(residentId, opened.state(), opened.data(), opened.version());
    }

    /**
     * Stores a resident's data as given (every field; empty optional fields are cleared). Ward staff may correct any
     * resident's data, a resident their own.
     *
     * @param expectedVersion the {@link PersonalDataEntry#version()} the form was filled from (0 for a new entry)
     * @return the entry's new version
     * @throws PersonalDataException listing every problem with the input, or {@link PersonalDataException.Stale}
     *     when someone saved the entry meanwhile; nothing is changed either way
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public int save(long residentId, PersonalData data, int expectedVersion) {
        PortalUser writer = SignedIn.require();
        boolean mayWrite = Roles.WARD_STAFF.equals(writer.role())
                || (Roles.RESIDENT.equals(writer.role()) && writer.id() == residentId);
        if (!mayWrite) {
            deny(AuditAction.PERSONAL_DATA_CHANGED, residentId, EnumSet.allOf(PersonalData.Field.class),
                    "Only ward staff and the resident themself may change personal data");
        }
        PersonalData clean = PersonalDataRules.check(data);
        if (!purposeNotice.acknowledgedCurrent(residentId)) {
            throw new PersonalDataException("privacy.error.purpose-notice");
        }
        var saved = vault.save(residentId, clean, expectedVersion);
        if (!saved.changed().isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.PERSONAL_DATA_CHANGED, OBJECT_TYPE, residentId,
                    names(saved.changed())));
        }
        return saved.version();
    }

    /** Whether the signed-in person may open other residents' data (ward staff, designated handlers); reads nothing. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public boolean mayReadOthers() {
        return mayReadOthers(SignedIn.require());
    }

    /** Whether the vault holds anything for the resident (no value is read; for seeding and set-up). */
    @Secured(Roles.Authorities.WARD_STAFF)
    @Transactional(readOnly = true)
    public boolean hasEntry(long residentId) {
        return vault.hasEntry(residentId);
    }

    /**
     * Destroys a cohort's data key (crypto-shredding, seed D1): every entry sealed under it becomes unreadable, here
     * and in backups once the master key they were wrapped under is retired. Ward only; logged as
     * DATA_KEY_DESTROYED. Irreversible.
     *
     * @return whether a live key was destroyed (false if the cohort had none or it was destroyed before)
     */
    @Secured(Roles.Authorities.WARD_STAFF)
    public boolean destroyCohortKey(long cohortId) {
        var destroyed = vault.destroyCohortKey(cohortId);
        destroyed.ifPresent(key -> audit.record(AuditEntry.of(AuditAction.DATA_KEY_DESTROYED, "data_key",
                key.keyId(), null)));
        return destroyed.isPresent();
    }

    /**
     * In the cohort's creating transaction, so that no resident of a formed cohort keeps data under a person key
     * that destroying the cohort key would miss: if sealing again fails, the cohort is not created.
     */
    @EventListener
    void onCohortFormed(CohortFormed formed) {
        vault.cohortFormed(formed.cohortId(), formed.fiscalYear(), formed.residentIds());
    }

    /** A resident who joins a cohort later is sealed under its key too, in the joining transaction (issue 13). */
    @EventListener
    void onResidentJoinedCohort(ResidentJoinedCohort joined) {
        vault.cohortFormed(joined.cohortId(), joined.fiscalYear(), List.of(joined.residentId()));
    }

    private void requireReader(long residentId, Set<PersonalData.Field> fields) {
        PortalUser reader = SignedIn.require();
        boolean self = Roles.RESIDENT.equals(reader.role()) && reader.id() == residentId;
        if (!self && !mayReadOthers(reader)) {
            deny(AuditAction.PERSONAL_DATA_READ, residentId, fields,
                    "Only ward staff, designated handlers and the resident themself may read personal data");
        }
    }

    private boolean mayReadOthers(PortalUser user) {
        return Roles.WARD_STAFF.equals(user.role())
                || (Roles.CONTRACTOR_SIDE.contains(user.role()) && handlers.isActive(user.id()));
    }

    private void deny(AuditAction action, long residentId, Set<PersonalData.Field> fields, String why) {
        audit.recordDenied(AuditEntry.of(action, OBJECT_TYPE, residentId, names(fields)));
        throw new LoggedRefusal(why);
    }

    private static List<String> names(Set<PersonalData.Field> fields) {
        return fields.stream().map(PersonalData.Field::column).toList();
    }
}
