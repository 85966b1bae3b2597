package jp.akapen.shared.live;

/** The names of what live events are about; each names one thing by its id, never a person's data. */
public final class Topics {

    private Topics() {
    }

    /** Notices addressed to one account. */
    public static String account(long accountId) {
        return "account:" + accountId;
    }

    /** Notices addressed to everyone of a role. */
    public static String role(String role) {
        return "role:" + role;
    }

    /** A manuscript: its draft, its rounds and who has any of its pages open. */
    public static String manuscript(long manuscriptId) {
        return "manuscript:" + manuscriptId;
    }

    /** An edition: its schedule. */
    public static String edition(long editionId) {
        return "edition:" + editionId;
    }
}
