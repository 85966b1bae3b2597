package jp.akapen.privacy;

/** What was done to personal data, as the access log records it. */
enum AccessAction {
    READ,
    WRITE
}
