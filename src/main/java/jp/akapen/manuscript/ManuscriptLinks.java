package jp.akapen.manuscript;

/**
 * Where a manuscript and its rounds live in the portal: the routes its views declare and the
 * links that notices, lists and the dashboard carry, so that a route can move in one place.
 */
public final class ManuscriptLinks {

    public static final String LIST = "manuscripts";
    public static final String MANUSCRIPT_PARAMETER = "manuscriptId";
    public static final String ROUND_PARAMETER = "round";
    public static final String MANUSCRIPT_ROUTE = LIST + "/:" + MANUSCRIPT_PARAMETER + "([0-9]{1,18})";
    public static final String ROUND_ROUTE = MANUSCRIPT_ROUTE + "/rounds/:" + ROUND_PARAMETER + "([0-9]{1,4})";

    private ManuscriptLinks() {
    }

    public static String manuscript(long manuscriptId) {
        return LIST + "/" + manuscriptId;
    }

    public static String round(long manuscriptId, int number) {
        return manuscript(manuscriptId) + "/rounds/" + number;
    }
}
