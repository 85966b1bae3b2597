package jp.akapen.privacy.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.shared.JapaneseDates;

/** How audit entries read in the view and the CSV file. */
final class AuditLabels {

    /** Tokyo time to the microsecond, as the log keeps it (in UTC). */
    static final DateTimeFormatter TOKYO_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(JapaneseDates.ZONE);

    /** What a person reads in the view: Tokyo time to the second; the order and seq tell entries of one second apart. */
    static final DateTimeFormatter TOKYO_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(JapaneseDates.ZONE);

    private AuditLabels() {
    }

    static String tokyoMicros(Instant at) {
        return TOKYO_MICROS.format(at);
    }

    static String tokyoSeconds(Instant at) {
        return TOKYO_SECONDS.format(at);
    }

    static String person(Component in, String name, long id, String role) {
        String roleLabel = role == null ? "" : in.getTranslation("role." + role);
        return in.getTranslation("audit.person", name == null ? "?" : name, String.valueOf(id), roleLabel);
    }

    static String action(Component in, String action) {
        return in.getTranslation("audit.action." + action.toLowerCase(Locale.ROOT));
    }

    static String outcome(Component in, String outcome) {
        return in.getTranslation("audit.outcome." + outcome.toLowerCase(Locale.ROOT));
    }

    static String object(AuditEvent e) {
        if (e.objectType() == null) {
            return e.objectId() == null ? "" : e.objectId();
        }
        return e.objectId() == null ? e.objectType() : e.objectType() + ":" + e.objectId();
    }

    static String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }
}
