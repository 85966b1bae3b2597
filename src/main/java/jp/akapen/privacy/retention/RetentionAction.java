package jp.akapen.privacy.retention;

/** What a person may do to a period now; the service decides, the view shows only these. */
public enum RetentionAction {
    EXTEND,
    HOLD,
    RELEASE,
    CONFIRM,
    REFUSE_AS_MANAGER,
    APPROVE,
    REFUSE_AS_WARD
}
