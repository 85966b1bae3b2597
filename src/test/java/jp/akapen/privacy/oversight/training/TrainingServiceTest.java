package jp.akapen.privacy.oversight.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Seed O3: the manager and the ward record training; each person's last training is shown and flagged when old. */
@AkapenSpringTest
class TrainingServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingService training;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSupport.MovableClock clock;

    @Test
    void the_manager_records_a_session_and_the_attendee_shows_as_trained_that_day_with_the_recording_audited() {
        var fixtures = new VaultFixtures(context);
        long handler = fixtures.id(fixtures.newAccount(Role.CONTRACTOR_HANDLER));
        long untrained = fixtures.id(fixtures.newAccount(Role.CONTRACTOR_STAFF));
        LocalDate today = JapaneseDates.today(clock);
        TestSupport.signIn(users, "manager");
        long before = fixtures.lastSeq();

        var session = training.record(new TrainingDraft(today.minusDays(3), "個人情報の取扱い", "特記事項の読み合わせ",
                "研修資料.pdf", Set.of(handler)));

        assertThat(session.attendees()).extracting(p -> p.id()).containsExactly(handler);
        assertThat(training.people()).filteredOn(p -> p.person().id() == handler).singleElement()
                .satisfies(p -> {
                    assertThat(p.lastTrainedOn()).isEqualTo(today.minusDays(3));
                    assertThat(p.current()).isTrue();
                });
        assertThat(training.people()).filteredOn(p -> p.person().id() == untrained).singleElement()
                .satisfies(p -> assertThat(p.current()).isFalse());
        assertThat(fixtures.eventsAfter(before)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("TRAINING_RECORDED");
            assertThat(e.fields()).containsExactly("attendee_" + handler);
        });
    }

    @Test
    void a_resident_cannot_be_an_attendee_and_a_handler_cannot_record_or_read() {
        var fixtures = new VaultFixtures(context);
        long resident = fixtures.id(fixtures.newAccount(Role.RESIDENT));
        LocalDate today = JapaneseDates.today(clock);
        TestSupport.signIn(users, "ward1");

        assertThatThrownBy(() -> training.record(new TrainingDraft(today, "研修", "内容", null, Set.of(resident))))
                .isInstanceOfSatisfying(TrainingException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("training.error.attendee-not-contractor"));

        TestSupport.signIn(users, "handler1");
        assertThatThrownBy(() -> training.record(new TrainingDraft(today, "研修", "内容", null,
                Set.of(fixtures.id("handler1"))))).isInstanceOf(LoggedRefusal.class);
        assertThatThrownBy(() -> training.sessions()).isInstanceOf(LoggedRefusal.class);
    }
}
