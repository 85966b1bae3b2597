package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptStatus;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.RoundNames;
import jp.akapen.shared.live.Presence;

/** The words for statuses, reasons and rounds, in the reader's language. */
final class Labels {

    private Labels() {
    }

    /**
     * The state as the edition's list and the progress grid name it (edition.stage.*, worked out the same way as
     * edition's Stages): one name per state wherever it appears (W2, W6, issue 22). A round being corrected carries
     * its name (初校 · 校正中).
     */
    static String status(Component in, Manuscript manuscript) {
        String state = in.getTranslation("edition.stage." + stateKey(manuscript));
        if (manuscript.status() == ManuscriptStatus.IN_CORRECTION && manuscript.currentRound() > 0) {
            state = round(in, manuscript.currentRound()) + " · " + state;
        }
        return manuscript.anotherRoundRequested() && manuscript.status() == ManuscriptStatus.DRAFTING
                ? state + " · " + in.getTranslation("manuscript.status.round-requested") : state;
    }

    static String stateKey(Manuscript manuscript) {
        if (manuscript.latestVersion() == 0) {
            return "not_started";
        }
        return switch (manuscript.status()) {
            case IN_CORRECTION -> "in_correction";
            case IN_REVIEW -> "with_resident";
            case FINAL -> "final";
            case DRAFTING -> manuscript.currentRound() == 0 || manuscript.anotherRoundRequested()
                    ? "draft_submitted" : "with_resident";
        };
    }

    static String round(Component in, int number) {
        UI ui = in.getUI().orElse(UI.getCurrent());
        return RoundNames.of(number, ui == null ? Locale.JAPANESE : ui.getLocale());
    }

    /** What someone with a page of the manuscript open is doing there (issue 23): 初校を修正中, 下書きを書いています. */
    static String activity(Component in, Presence presence) {
        return presence.detail() == null ? in.getTranslation("live.activity." + presence.activity())
                : in.getTranslation("live.activity." + presence.activity(), round(in, presence.detail()));
    }

    static String reason(Component in, Reason reason) {
        return reason == null ? in.getTranslation("manuscript.reason.none")
                : in.getTranslation("manuscript.reason." + reason.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The name people know an encoding by: Java's "windows-31j" (Microsoft's Shift_JIS, which the
     * reader uses because it has ①, ～ and 髙) is what Windows users call Shift_JIS. The stored value
     * stays the charset's own name.
     */
    static String charset(String name) {
        return "windows-31j".equalsIgnoreCase(name) || "Shift_JIS".equalsIgnoreCase(name) ? "Shift_JIS" : name;
    }

    /**
     * Change numbers as a list a person can read: three or more in a row as a range ("#1–#4"), others one by one
     * ("#6、#9"). A round just saved lists every change, hundreds of them.
     */
    static String changeNumbers(List<Integer> ascending, String separator) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < ascending.size(); ) {
            int end = i;
            while (end + 1 < ascending.size() && ascending.get(end + 1) == ascending.get(end) + 1) {
                end++;
            }
            if (end - i >= 2) {
                parts.add("#" + ascending.get(i) + "–#" + ascending.get(end));
            } else {
                for (int k = i; k <= end; k++) {
                    parts.add("#" + ascending.get(k));
                }
            }
            i = end + 1;
        }
        return String.join(separator, parts);
    }
}
