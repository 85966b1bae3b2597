package jp.akapen.edition.progress;

import java.time.Duration;

/**
 * How fast finished correction rounds went (W6): the contractor's time (submission to return) and
 * the resident's (return to decision).
 *
 * @param rounds how many rounds the figures are over; the durations are null when it is 0
 */
public record Figures(int rounds, Duration contractorMedian, Duration contractorMax, Duration residentMedian,
        Duration residentMax) {

    /** No rounds: no figures. */
    public static final Figures NONE = new Figures(0, null, null, null, null);
}
