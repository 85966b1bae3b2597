package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.akapen.proofreading.Proofreader;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's figure: how long the rules take over a 20,000-character draft (best of five after warm-up; goal ≤ 300 ms).
 * Run with {@code .ci/mvn -o test -Dtest=ProofreadingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ProofreadingBenchmark {

    private static final String PARAGRAPH = "区では男女共同参画を進めるため、さまざまな取り組みを続けてきました。"
            + "主人と家事を分担する人も増えています。全ての講座に保育があり、誰でも参加することが出来ます。"
            + "会場は区民センターである。朝早く起きれない人のために、夜の部も用意しました。\n";

    @Test
    void a_twenty_thousand_character_draft_is_checked() {
        String draft = PARAGRAPH.repeat(20_000 / PARAGRAPH.length() + 1).substring(0, 20_000);
        Proofreader proofreader = Proofreader.standard();
        for (int i = 0; i < 3; i++) {
            proofreader.check(draft);
        }
        long best = Long.MAX_VALUE;
        int found = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            found = proofreader.check(draft).size();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("Checked 20,000 characters in %d ms (best of 5), %d suggestions%n",
                Duration.ofNanos(best).toMillis(), found);
        assertThat(found).isPositive();
    }
}
