package jp.akapen.mail.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Four eyes for a mail a person writes to residents (seed E4; issue 12 item 4): the drafter and the approver differ,
 * both are the handling manager or an active designated handler, and the approver approves exactly the content they
 * read (its {@link ApprovalHash}). The outbox's service asks these questions before it writes; the sender asks
 * {@link #sendable} again before SMTP, so a row changed behind the service's back is not sent either.
 */
public final class FourEyes {

    /** Why a mail may not be approved; each has an i18n key that says it to the person. */
    public enum Refusal {
        /** Neither the handling manager nor an active designated handler. */
        NOT_ELIGIBLE,
        /** The approver drafted the mail. */
        OWN_DRAFT,
        /** Not (or no longer) awaiting approval: edited back to a draft, approved or sent meanwhile. */
        NOT_AWAITING,
        /** The content changed since the approver read it. */
        CHANGED_SINCE_READ;

        public String messageKey() {
            return "mail.compose.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private FourEyes() {
    }

    /**
     * @param awaiting whether the mail is awaiting approval
     * @param currentHash the hash of the content as stored now
     * @param readHash the hash of the content the approver read
     */
    public static Optional<Refusal> approval(long approver, boolean approverEligible, long drafter, boolean awaiting,
            String currentHash, String readHash) {
        if (!approverEligible) {
            return Optional.of(Refusal.NOT_ELIGIBLE);
        }
        if (approver == drafter) {
            return Optional.of(Refusal.OWN_DRAFT);
        }
        if (!awaiting) {
            return Optional.of(Refusal.NOT_AWAITING);
        }
        if (!Objects.equals(currentHash, readHash)) {
            return Optional.of(Refusal.CHANGED_SINCE_READ);
        }
        return Optional.empty();
    }

    /** Whether an approved mail may leave: two different people, and its content still hashes to the approval. */
    public static boolean sendable(Long drafter, Long approver, String approvalHash, String currentHash) {
        return drafter != null && approver != null && !drafter.equals(approver) && approvalHash != null
                && approvalHash.equals(currentHash);
    }
}
