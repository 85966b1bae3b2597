package jp.akapen.privacy.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One part of the handling-status report the ward asks for (seed O1; issue 15 item 1): handlers and designations,
 * training, personal-data access, take-outs, incidents, retention. Each capability declares its part as a bean; the
 * report lays them out in {@link #order()} as one table each, in the PDF and in the CSV.
 */
public interface ReportSection {

    /** Where the part stands in the report, ascending (handlers 10, training 20, access 30, take-outs 40, incidents 50, retention 60). */
    int order();

    /** The part's title in the reader's language. */
    String title(Locale locale);

    /** The part's rows for the period, read as the signed-in person (ward staff or the handling manager). */
    Table table(LocalDate from, LocalDate to, Locale locale);

    /**
     * A table of plain text: its column headers, its rows (each as long as the headers) and notes printed under it
     * (for example "no incident in the period").
     */
    record Table(List<String> headers, List<List<String>> rows, List<String> notes) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            notes = List.copyOf(notes);
            for (var row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells for " + headers.size()
                            + " headers");
                }
            }
        }
    }
}
