package jp.akapen.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import jp.akapen.shared.Roles;

/** The five kinds of user of the seed (R1–R5); names match {@link Roles}. */
public enum Role {
    RESIDENT,
    CONTRACTOR_MANAGER,
    CONTRACTOR_HANDLER,
    CONTRACTOR_STAFF,
    WARD_STAFF;

    public String authority() {
        return "ROLE_" + name();
    }

    /** i18n key of the role's name as users read it. */
    public String labelKey() {
        return "role." + name();
    }

    /** Ward staff create residents, the contractor's manager and colleagues; the manager creates contractor staff. */
    public Set<Role> mayCreate() {
        return switch (this) {
            case WARD_STAFF -> EnumSet.of(RESIDENT, CONTRACTOR_MANAGER, WARD_STAFF);
            case CONTRACTOR_MANAGER -> EnumSet.of(CONTRACTOR_HANDLER, CONTRACTOR_STAFF);
            default -> EnumSet.noneOf(Role.class);
        };
    }

    public static Role of(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + name));
    }

    static {
        for (Role role : values()) {
            if (!Roles.ALL.contains(role.name())) {
                throw new ExceptionInInitializerError("Role " + role + " is missing from Roles");
            }
        }
    }
}
