package jp.akapen.shared;

import java.util.List;
import java.util.Set;

/**
 * Role names as Spring Security authorities know them (without the {@code ROLE_} prefix), so that
 * {@code @RolesAllowed} can name them in any area without depending on the account area.
 */
public final class Roles {

    /** 公募区民編集委員 (seed R1). */
    public static final String RESIDENT = "RESIDENT";
    /** 受託事業者の取扱責任者 (seed R2). */
    public static final String CONTRACTOR_MANAGER = "CONTRACTOR_MANAGER";
    /** 受託事業者の取扱者 (seed R3). */
    public static final String CONTRACTOR_HANDLER = "CONTRACTOR_HANDLER";
    /** 受託事業者の職員で取扱者でない者 (seed R5). */
    public static final String CONTRACTOR_STAFF = "CONTRACTOR_STAFF";
    /** 区職員 (seed R4). */
    public static final String WARD_STAFF = "WARD_STAFF";

    /**
     * The same roles as Spring Security authorities, for {@code @Secured} on service methods.
     * (Services do not use {@code @RolesAllowed}: with JSR-250 method security on, Spring would
     * also wrap every {@code @RolesAllowed} view in a proxy.)
     */
    public static final class Authorities {

        public static final String RESIDENT = "ROLE_" + Roles.RESIDENT;
        public static final String CONTRACTOR_MANAGER = "ROLE_" + Roles.CONTRACTOR_MANAGER;
        public static final String CONTRACTOR_HANDLER = "ROLE_" + Roles.CONTRACTOR_HANDLER;
        public static final String CONTRACTOR_STAFF = "ROLE_" + Roles.CONTRACTOR_STAFF;
        public static final String WARD_STAFF = "ROLE_" + Roles.WARD_STAFF;

        private Authorities() {
        }
    }

    public static final List<String> ALL =
            List.of(RESIDENT, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER, CONTRACTOR_STAFF, WARD_STAFF);

    /** The contractor's people, designated handlers or not: they correct manuscripts under pen names. */
    public static final Set<String> CONTRACTOR_SIDE = Set.of(CONTRACTOR_MANAGER, CONTRACTOR_HANDLER, CONTRACTOR_STAFF);

    private Roles() {
    }
}
