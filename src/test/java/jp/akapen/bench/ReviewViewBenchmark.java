package jp.akapen.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.ui.ReviewPages;

/**
 * W2 benchmark, prints figures and asserts nothing: the server time to build the resident's review
 * page (inline tracked text + one card per change) for a 20,000-character text with 300 generated
 * corrections, and how many DOM elements it creates. The round's database read is not included.
 *
 * <p>Run: {@code .ci/mvn -q -Pbench -DskipTests test}.
 */
public final class ReviewViewBenchmark {

    private static final long SEED = 20_250_602L;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("akapen.aozora", "../shared/data/aozora"));
        int runs = Integer.getInteger("bench.runs", 15);
        String base = CorrectionBenchmark.base(CorrectionBenchmark.prose(dir), 20_000);
        String corrected = EditGenerator.edit(base, 300, SEED);
        Round round = ReviewPages.returned(base, corrected);
        int changes = round.changes().size();

        for (int i = 0; i < 20; i++) {
            ReviewPages.build(round);
        }
        double[] millis = new double[runs];
        int elements = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var page = ReviewPages.build(round);
            millis[i] = (System.nanoTime() - start) / 1e6;
            elements = ReviewPages.elements(page.getElement());
        }
        Arrays.sort(millis);
        int inline = ReviewPages.elements(ReviewPages.trackedText(round).getElement());
        System.out.printf(Locale.ROOT, "review page, %,d chars, %d changes: build median %.1f ms, max %.1f ms"
                + " (goal <= 100 ms); %,d DOM elements in all, of which the inline text %,d (%.2f per change;"
                + " the rest: the first %d change cards)%n", base.length(), changes,
                millis[runs / 2], millis[runs - 1], elements, inline, (double) inline / changes,
                ReviewPages.CARDS_PER_PAGE);
    }
}
