package jp.akapen.mail;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.akapen.shared.correspondence.ThreadKey;

/**
 * A mail as the composer, the approver and the ward read it (E2, E4): recipients by name (a resident's pen name),
 * never by address. {@code contentHash} is the {@link jp.akapen.mail.rules.ApprovalHash} of what is shown, which an
 * approval must quote back. {@code actions} are what the reader may do now; {@code approvalBlocked} says, as an i18n
 * key, why they may not approve (null when they may, or when nothing awaits approval). {@code thread}: the article or
 * lecture it belongs to, null for a general mail.
 */
public record ComposedMail(long id, OutboxKind kind, OutboxState state, List<Person> recipients, String subject,
        String body, Person drafter, Person approver, String contentHash, String lastError, Instant createdAt,
        Instant sentAt, Set<Action> actions, String approvalBlocked, ThreadKey thread) {

    public record Person(long id, String name) {
    }

    public enum Action {
        EDIT,
        SUBMIT,
        APPROVE
    }

    public List<Long> recipientIds() {
        return recipients.stream().map(Person::id).toList();
    }

    @Override
    public String toString() {
        return "ComposedMail[" + id + ", " + kind + ", " + state + ", " + recipients.size() + " recipients]";
    }
}
