package jp.akapen.privacy.oversight.inspection;

import java.util.Locale;

/** A checklist item's result: 適合, 要改善, 該当なし. */
public enum ItemResult {
    CONFORMS, NEEDS_IMPROVEMENT, NOT_APPLICABLE;

    public String labelKey() {
        return "oversight.audit.result." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
