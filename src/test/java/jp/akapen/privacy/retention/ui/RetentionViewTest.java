package jp.akapen.privacy.retention.ui;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.RETENTION_PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.EditionDelivered;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.privacy.retention.RetentionClock;
import jp.akapen.privacy.retention.RetentionService;
import jp.akapen.shared.JapaneseDates;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** /retention without a browser (D1, D3; issue 14): the countdown in 和暦, decisions and refusals in place. */
@AkapenSpringTest
class RetentionViewTest extends SpringBrowserlessTest {

    static final AtomicInteger YEAR = new AtomicInteger(2900);

    @Autowired
    UserDetailsService users;
    @Autowired
    EditionService editions;
    @Autowired
    RetentionClock retentionClock;
    @Autowired
    RetentionService retention;
    @Autowired
    TestSupport.MovableClock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DSLContext db;

    @Test
    void the_ward_reads_the_countdown_in_era_dates_and_a_missing_reason_is_refused_in_place() {
        long cohort = runningSince(today().minusDays(20));
        openAs("ward1");

        assertThat(text("retention-" + cohort + "-state")).isEqualTo("保存中");
        assertThat(text("retention-" + cohort + "-due")).isEqualTo(JapaneseDates.date(today().plusDays(10), Locale.JAPANESE))
                .startsWith("令和");
        assertThat(text("retention-" + cohort + "-left")).isEqualTo("あと10日");
        assertThat(find(Button.class).withId("retention-" + cohort + "-confirm").exists()).isFalse();

        test(button(cohort, "extend")).click();
        test(find(DatePicker.class).id("retention-" + cohort + "-date")).setValue(today().plusDays(60));
        test(button(cohort, "submit")).click();
        assertThat(find(Paragraph.class).id("retention-" + cohort + "-problem").getText()).isEqualTo("理由を入力してください。");
        assertThat(text("retention-" + cohort + "-state")).as("nothing changed").isEqualTo("保存中");

        test(find(TextArea.class).id("retention-" + cohort + "-reason")).setValue("区の監査が終わるまで");
        test(button(cohort, "submit")).click();

        assertThat(text("retention-" + cohort + "-state")).isEqualTo("延長中");
        assertThat(text("retention-" + cohort + "-left")).isEqualTo("あと60日");
        assertThat(card(cohort).getElement().getTextRecursively()).contains("理由：区の監査が終わるまで");
    }

    @Test
    void the_manager_reads_who_held_the_period_and_why_and_confirms_the_erasure_at_expiry() {
        long cohort = runningSince(today().minusDays(30));
        TestSupport.signIn(users, "ward1");
        retention.hold(cohort, "紙の原稿の返却を待つ");
        retention.release(cohort);

        openAs("manager");
        String card = card(cohort).getElement().getTextRecursively();
        assertThat(card).contains(wardName()).contains("保留").contains("理由：紙の原稿の返却を待つ");
        assertThat(text("retention-" + cohort + "-state")).isEqualTo("取扱責任者の確認待ち");
        assertThat(find(Button.class).withId("retention-" + cohort + "-extend").exists()).isFalse();

        test(button(cohort, "confirm")).click();
        test(button(cohort, "submit")).click();

        assertThat(text("retention-" + cohort + "-state")).isEqualTo("区の承認待ち");
        assertThat(find(Button.class).withId("retention-" + cohort + "-confirm").exists()).isFalse();
    }

    @Test
    void the_home_page_shows_the_manager_and_ward_staff_the_countdown() {
        long cohort = runningSince(today().minusDays(23));
        int year = db.select(RETENTION_PERIOD.FISCAL_YEAR).from(RETENTION_PERIOD).where(RETENTION_PERIOD.COHORT_ID.eq(cohort))
                .fetchSingle(RETENTION_PERIOD.FISCAL_YEAR);
        for (String user : List.of("manager", "ward1")) {
            TestSupport.signIn(users, user);
            UI.getCurrent().setLocale(Locale.JAPANESE);
            UI.getCurrent().navigate("");

            var home = find(Section.class).withClassName("retention-home").single();
            assertThat(home.getElement().getTextRecursively()).as(user)
                    .contains(JapaneseDates.fiscalYear(year, Locale.JAPANESE) + "の個人情報：保存中・期限 "
                            + JapaneseDates.date(today().plusDays(7), Locale.JAPANESE) + "・あと7日");
        }
    }

    long runningSince(LocalDate delivered) {
        TestSupport.signIn(users, "ward1");
        long resident = db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("resident1")).fetchSingle(ACCOUNT.ID);
        long id = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year, LocalDate.of(year, 4, 1),
                LocalDate.of(year + 1, 3, 31), "あかね編集室（保存期間の画面）", List.of(resident)))).id();
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> retentionClock.onEditionDelivered(new EditionDelivered(0, id, delivered, true)));
        return id;
    }

    void openAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(RetentionView.class);
    }

    Button button(long cohort, String action) {
        return find(Button.class).id("retention-" + cohort + "-" + action);
    }

    Section card(long cohort) {
        return find(Section.class).id("retention-" + cohort);
    }

    String text(String id) {
        return find(Span.class).id(id).getText();
    }

    String wardName() {
        return db.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("ward1"))
                .fetchSingle(ACCOUNT.DISPLAY_NAME);
    }

    LocalDate today() {
        return JapaneseDates.today(clock);
    }
}
