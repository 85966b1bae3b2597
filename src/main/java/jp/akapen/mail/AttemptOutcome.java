package jp.akapen.mail;

/** What one hand-over to SMTP came to: accepted, failed for now (retried), or refused for good. */
enum AttemptOutcome {
    SENT,
    RETRY,
    REFUSED
}
