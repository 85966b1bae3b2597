package jp.akapen.shared.notification;

/**
 * Published after a notice is stored, so that delivery by mail can be attached later without the
 * posting modules knowing about it. Exactly one of {@code accountId} and {@code role} is set.
 */
public record NoticePosted(long noticeId, Long accountId, String role, String messageKey) {
}
