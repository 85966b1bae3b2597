package jp.akapen.manuscript;

/** For tests that return a round: every change gets the reason and comment a return requires. */
public final class Annotations {

    private Annotations() {
    }

    /** Annotates the round's changes that lack either, as the signed-in contractor, and reads it again. */
    public static Round complete(CorrectionService corrections, Round round) {
        for (TrackedChange change : round.applicable()) {
            if (change.reason() == null || change.comment() == null) {
                corrections.annotate(change.id(), change.reason() == null ? Reason.OTHER : change.reason(),
                        change.comment() == null ? "読みやすくしました" : change.comment());
            }
        }
        return corrections.round(round.manuscriptId(), round.number());
    }
}
