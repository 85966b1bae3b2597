package jp.akapen.shared.notification;

/**
 * Published in the posting transaction after a notice is stored; the mail area listens to it (notices by mail) without
 * the posting modules knowing about it. Exactly one of {@code accountId} and {@code role} is set; {@code link} is the
 * notice's portal path or null.
 */
public record NoticePosted(long noticeId, Long accountId, String role, String messageKey, String link) {
}
