package jp.akapen.privacy.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.akapen.shared.JapaneseDates;

/** The audit view's filter fields read as a filter: Tokyo days, and "type", "id" or "type:id" for the object. */
final class AuditFilters {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private AuditFilters() {
    }

    /** [from, until) for the days from..to inclusive, either open; empty when to is before from. */
    static Optional<Instant[]> period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new Instant[] {
            from == null ? null : from.atStartOfDay(JapaneseDates.ZONE).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(JapaneseDates.ZONE).toInstant()});
    }

    /** [type, id], either null: "person:42" gives both, "person" the type, "42" the id. */
    static String[] object(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new String[] {null, null};
        }
        int colon = text.indexOf(':');
        if (colon > 0 && TYPE.matcher(text.substring(0, colon)).matches()) {
            String id = text.substring(colon + 1).strip();
            return new String[] {text.substring(0, colon), id.isEmpty() ? null : id};
        }
        return TYPE.matcher(text).matches() ? new String[] {text, null} : new String[] {null, text};
    }
}
