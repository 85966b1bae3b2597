package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 16's server time: the suggestions for an open round of a 20,000-character draft, as the round page asks for
 * them (the round read, the dismissals and allowed words read, the house dictionary's version checked, the rules run).
 * Best of five after warm-up. Run with
 * {@code .ci/mvn -o test -Dtest=SuggestionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@AkapenSpringTest
class SuggestionsBenchmark {

    private static final String PARAGRAPH = "区では男女共同参画を進めるため、さまざまな取り組みを続けてきました。"
            + "主人と家事を分担する人も増えています。全ての講座に保育があり、誰でも参加することが出来ます。"
            + "会場は区民センターである。朝早く起きれない人のために、夜の部も用意しました。\n";

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    UserDetailsService users;

    @Test
    void suggestions_for_a_twenty_thousand_character_round() {
        String draft = PARAGRAPH.repeat(20_000 / PARAGRAPH.length() + 1).substring(0, 19_999) + "\n";
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        TestSupport.signIn(users, "ward1");
        long id = manuscripts.assign("ベンチマーク", resident1, null).id();
        TestSupport.signIn(users, "resident1");
        manuscripts.saveDraft(id, 0, draft, VersionOrigin.DRAFT, null, null);
        TestSupport.signIn(users, "handler1");
        long roundId = corrections.openRound(id, LocalDate.now(JapaneseDates.ZONE).plusDays(7)).id();
        for (int i = 0; i < 3; i++) {
            corrections.suggestions(roundId);
        }
        long best = Long.MAX_VALUE;
        int found = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            found = corrections.suggestions(roundId).size();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("Suggestions for an open round of %,d characters: %d ms (best of 5), %d suggestions%n",
                draft.length(), Duration.ofNanos(best).toMillis(), found);
        assertThat(found).isPositive();
    }
}
