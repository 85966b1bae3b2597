package jp.akapen.lecture.survey;

/**
 * The small-group rule of anonymous surveys (issue 13 item 9): a breakdown of fewer than three answers could point
 * at the one or two who gave them (they sat in the same room), so it is not shown. Named surveys show everything to
 * those who may read them.
 */
public final class SmallGroups {

    public static final int MINIMUM = 3;

    private SmallGroups() {
    }

    public static boolean withheld(boolean anonymous, int answers) {
        return anonymous && answers < MINIMUM;
    }
}
