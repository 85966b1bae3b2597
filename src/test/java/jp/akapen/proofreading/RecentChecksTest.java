package jp.akapen.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The proofreader's memory of its last texts (issue 17): same answers as a fresh check, and only the last few kept. */
class RecentChecksTest {

    private static final Proofreader STANDARD = Proofreader.standard();

    @Test
    void a_text_checked_again_gets_the_answer_it_got_before_without_a_new_check() {
        var checks = new RecentChecks(STANDARD, 2);
        String text = "全ての人へ。見れる人は見てください。";
        var first = checks.check(text);
        assertThat(first).isEqualTo(STANDARD.check(text)).isNotEmpty();
        assertThat(checks.check(text)).isSameAs(first);
    }

    @Test
    void the_least_recently_checked_text_is_forgotten_once_more_texts_than_it_keeps_were_checked() {
        var checks = new RecentChecks(STANDARD, 2);
        var a = checks.check("全ての人へ。");
        var b = checks.check("見れる人は見てください。");
        assertThat(checks.check("全ての人へ。")).as("used again, so kept").isSameAs(a);
        checks.check("子供たちが集まった。");
        assertThat(checks.check("全ての人へ。")).as("used most recently before the third").isSameAs(a);
        var bAgain = checks.check("見れる人は見てください。");
        assertThat(bAgain).as("forgotten, so checked again, to the same answer").isNotSameAs(b).isEqualTo(b);
    }
}
