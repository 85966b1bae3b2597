package jp.akapen.privacy.oversight.incident;

import java.util.Locale;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.shared.Roles;

/**
 * A follow-up step of an incident and who records it: the handling manager reports to the ward (速報, 確報), ward staff
 * record their guidance (指導), publication decision (公表) and damages (損害) (seed O4, O5).
 */
public enum StepKind {
    PRELIMINARY(Roles.CONTRACTOR_MANAGER, AuditAction.INCIDENT_PRELIMINARY_REPORTED),
    FINAL(Roles.CONTRACTOR_MANAGER, AuditAction.INCIDENT_FINAL_REPORTED),
    GUIDANCE(Roles.WARD_STAFF, AuditAction.INCIDENT_GUIDANCE_RECORDED),
    PUBLICATION(Roles.WARD_STAFF, AuditAction.INCIDENT_PUBLICATION_RECORDED),
    DAMAGES(Roles.WARD_STAFF, AuditAction.INCIDENT_DAMAGES_RECORDED);

    private final String role;
    private final AuditAction action;

    StepKind(String role, AuditAction action) {
        this.role = role;
        this.action = action;
    }

    /** The role that records this step. */
    public String role() {
        return role;
    }

    AuditAction action() {
        return action;
    }

    /** Reports to the ward are made once; the ward's own steps may be recorded again as the case goes on. */
    public boolean once() {
        return this == PRELIMINARY || this == FINAL;
    }

    public String labelKey() {
        return "incident.step." + name().toLowerCase(Locale.ROOT);
    }
}
