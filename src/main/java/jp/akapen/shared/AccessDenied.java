package jp.akapen.shared;

/**
 * Someone was refused a page or an object they asked for (seed P4 logs every denied access).
 * Published where the refusal is shown, so the audit log can record it without this area knowing
 * the log.
 *
 * @param what the route or object refused, e.g. {@code "route:audit"}; never personal data
 */
public record AccessDenied(String what) {
}
