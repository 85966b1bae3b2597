package jp.akapen.manuscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.bench.CorrectionBenchmark;
import jp.akapen.bench.EditGenerator;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.diff.Aozora;
import org.junit.jupiter.api.Test;

/**
 * What a resident's browser is sent to open the review of a long round (issue 17, W2): the benchmarks' round of
 * 319 generated changes on 20,000 characters (the load test's, generated alike, has 311), measured as Vaadin's first answer with the page in it. Until stop 48 every part of
 * every change went as a span with three or four classes and its number: 381,711 bytes (372 KB); bare {@code del} and
 * {@code ins} elements with the number on the first part only, and a class only for a decision made: 303,965 (296 KB);
 * with 10 cards to a page instead of 20 (stop 49): 270,044 (263 KB).
 */
@AkapenSpringTest
class ReviewPayloadTest extends SpringBrowserlessTest {

    static final int BUDGET_KB = 280;

    @Test
    void the_review_of_three_hundred_changes_on_twenty_thousand_characters_opens_in_under_280_kb() throws Exception {
        String base = CorrectionBenchmark.base(CorrectionBenchmark.prose(Aozora.folder()), 20_000);
        String corrected = EditGenerator.edit(base, 300, 20_250_602L);
        Round round = ReviewPages.returned(base, corrected);
        UI ui = UI.getCurrent();
        new UidlWriter().createUidl(ui, false, false); // the empty UI's own first answer, not counted

        ui.add(ReviewPages.build(round));
        int bytes = new UidlWriter().createUidl(ui, false, false).toString().getBytes(StandardCharsets.UTF_8).length;

        System.out.printf(Locale.ROOT, "review payload: %,d characters, %d changes: %,d bytes (%d KB)%n", base.length(),
                round.changes().size(), bytes, bytes >> 10);
        assertThat(bytes >> 10).isLessThan(BUDGET_KB);
    }
}
