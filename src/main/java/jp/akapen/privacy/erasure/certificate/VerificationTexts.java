package jp.akapen.privacy.erasure.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import jp.akapen.privacy.erasure.ErasureVerificationReport;
import jp.akapen.privacy.erasure.ErasureVerificationReport.DataDirectory;
import jp.akapen.privacy.erasure.ErasureVerificationReport.Hit;
import jp.akapen.privacy.erasure.ErasureVerificationReport.Kind;

/**
 * The verification section of a certificate in words (keys {@code erasure.verification.*}): the count of records
 * left, the method (how many residents' values, searched in how many columns of how many tables, the outbox named),
 * the files area, the hits per place, the data directory (scanned, or why not) and when. The same lines go on the
 * PDF, in Japanese, and on the retention page, in the reader's language; they state only what the scan recorded.
 */
public final class VerificationTexts {

    /** The file classes of {@link Hit#fileClass} in the order the certificate lists them. */
    private static final List<String> FILE_CLASSES = List.of("table", "redo", "undo", "system", "aria", "other");

    private VerificationTexts() {
    }

    /**
     * @param t translates a key with its arguments in one language
     * @param at formats a moment in that language
     */
    public static List<String> lines(int categories, long remaining, Optional<ErasureVerificationReport> scan,
            BiFunction<String, Object[], String> t, java.util.function.Function<Instant, String> at) {
        List<String> lines = new ArrayList<>();
        lines.add(t.apply("erasure.verification.remaining", new Object[] {categories, remaining}));
        if (scan.isEmpty()) {
            lines.add(t.apply("erasure.verification.none", new Object[0]));
            return lines;
        }
        var v = scan.get();
        lines.add(t.apply("erasure.verification.method", new Object[] {v.residents(), v.valuesSearched(),
                v.valuesSkipped(), v.tables(), v.columns(),
                String.join(t.apply("erasure.verification.separator", new Object[0]), v.outboxTables())}));
        if (v.residentsRead() < v.residents()) {
            lines.add(t.apply("erasure.verification.unread", new Object[] {v.residents() - v.residentsRead()}));
        }
        lines.add(t.apply("erasure.verification.files-area", new Object[0]));
        if (v.valuesSearched() == 0) {
            lines.add(t.apply("erasure.verification.no-values", new Object[0]));
            lines.add(t.apply("erasure.verification.when", new Object[] {at.apply(v.finishedAt())}));
            return lines;
        }
        lines.add(t.apply("erasure.verification.tables", new Object[] {v.tableHits(), v.outboxHits()}));
        v.hits().stream().filter(h -> h.kind() == Kind.COLUMN).forEach(h -> lines.add(t.apply(
                "erasure.verification.place", new Object[] {h.place(), h.hits()})));
        if (v.tablesRefused() > 0) {
            lines.add(t.apply("erasure.verification.tables-refused", new Object[] {v.tablesRefused()}));
        }
        lines.add(switch (v.dataDirectory()) {
            case SCANNED -> t.apply("erasure.verification.datadir.scanned", new Object[] {v.dataDirectoryFiles(),
                    String.format(Locale.ROOT, "%.1f", v.dataDirectoryBytes() / 1024.0 / 1024.0), v.tablesRebuilt(),
                    fileHits(v, t)});
            case EXTERNAL -> t.apply("erasure.verification.datadir.external", new Object[0]);
            case UNREADABLE -> t.apply("erasure.verification.datadir.unreadable", new Object[0]);
        });
        if (v.dataDirectory() == DataDirectory.SCANNED) {
            v.hits().stream().filter(h -> h.kind() == Kind.FILE).forEach(h -> lines.add(t.apply(
                    "erasure.verification.place", new Object[] {h.place(), h.hits()})));
            if (v.fileHits() > 0) {
                lines.add(t.apply("erasure.verification.datadir.why", new Object[0]));
            }
        }
        if (v.rebuildRefused() > 0) {
            lines.add(t.apply("erasure.verification.rebuild-refused", new Object[] {v.rebuildRefused()}));
        }
        lines.add(t.apply("erasure.verification.when", new Object[] {at.apply(v.finishedAt())}));
        return lines;
    }

    private static String fileHits(ErasureVerificationReport v, BiFunction<String, Object[], String> t) {
        if (v.fileHits() == 0) {
            return t.apply("erasure.verification.count", new Object[] {0});
        }
        Map<String, Long> byClass = new LinkedHashMap<>();
        FILE_CLASSES.forEach(c -> {
            long hits = v.fileHits(c);
            if (hits > 0) {
                byClass.put(c, hits);
            }
        });
        List<String> parts = new ArrayList<>();
        byClass.forEach((c, hits) -> parts.add(t.apply("erasure.verification.file." + c, new Object[] {hits})));
        return String.join(t.apply("erasure.verification.separator", new Object[0]), parts);
    }
}
