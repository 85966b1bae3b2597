package jp.akapen.shared.correspondence;

/**
 * A thread as lists show it: its subject's title, where it sits ({@code context}: an article's edition, a lecture's
 * date), the residents concerned by pen name (blank when many), and the portal link of its subject.
 */
public record ThreadInfo(ThreadKey key, String title, String context, String residents, String link) {
}
