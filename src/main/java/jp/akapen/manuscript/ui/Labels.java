package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.RoundNames;

/** The words for statuses, reasons and rounds, in the reader's language. */
final class Labels {

    private Labels() {
    }

    static String status(Component in, Manuscript manuscript) {
        String status = in.getTranslation("manuscript.status." + manuscript.status().name().toLowerCase(Locale.ROOT));
        if (manuscript.currentRound() > 0 && manuscript.status().name().startsWith("IN_")) {
            status = round(in, manuscript.currentRound()) + " · " + status;
        }
        return manuscript.anotherRoundRequested() ? status + " · " + in.getTranslation("manuscript.status.round-requested")
                : status;
    }

    static String round(Component in, int number) {
        UI ui = in.getUI().orElse(UI.getCurrent());
        return RoundNames.of(number, ui == null ? Locale.JAPANESE : ui.getLocale());
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
}
