package jp.akapen.account;

/** What a manager of accounts may do to one account (issue 24); the page shows a button for each allowed. */
public enum AccountAction {
    DISABLE,
    ENABLE,
    RESET_SIGN_IN
}
