package jp.akapen.privacy.oversight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.notification.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Seed O4, O5: who may file, read and follow an incident, and the reminders of its deadlines. */
@AkapenSpringTest
class IncidentServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    IncidentService incidents;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    Incident filedBy(String username) {
        TestSupport.signIn(users, username);
        return incidents.file(new IncidentDraft("講座の名簿を別の委員に誤って送った", today(), "第3号の区民編集委員2名の住所",
                2, true, "受信者に削除を依頼した", false));
    }

    @Test
    void a_residents_report_reaches_ward_and_manager_at_once_and_no_other_resident_can_read_it() {
        var fixtures = new VaultFixtures(context);
        String reporter = fixtures.newAccount(Role.RESIDENT);
        String other = fixtures.newAccount(Role.RESIDENT);
        Incident filed = filedBy(reporter);

        assertThat(filed.state()).isEqualTo(IncidentState.AWAITING_PRELIMINARY);
        assertThat(filed.deadlines().preliminaryDue()).isEqualTo(today().plusDays(5));
        for (String follower : new String[] {"ward1", "manager"}) {
            TestSupport.signIn(users, follower);
            // the inbox is newest first, and other classes leave notices dated years ahead by their moved clocks
            assertThat(notifications.myInbox(5000)).anySatisfy(n -> {
                assertThat(n.messageKey()).isEqualTo("incident.notice.reported");
                assertThat(n.link()).isEqualTo("incidents/" + filed.id());
            });
            assertThat(incidents.incidents()).extracting(Incident::id).contains(filed.id());
        }

        TestSupport.signIn(users, reporter);
        assertThat(incidents.incident(filed.id()).state()).isEqualTo(IncidentState.AWAITING_PRELIMINARY);
        TestSupport.signIn(users, other);
        assertThat(incidents.incidents()).extracting(Incident::id).doesNotContain(filed.id());
        assertThatThrownBy(() -> incidents.incident(filed.id())).isInstanceOf(LoggedRefusal.class);
    }

    @Test
    void only_the_manager_reports_to_the_ward_once_and_only_the_ward_records_guidance_and_closes() {
        Incident filed = filedBy("handler1");
        assertThatThrownBy(() -> incidents.record(filed.id(), StepKind.GUIDANCE, today(), "再発防止策を出すこと"))
                .isInstanceOf(LoggedRefusal.class);
        assertThatThrownBy(() -> incidents.close(filed.id())).isInstanceOf(LoggedRefusal.class);

        TestSupport.signIn(users, "manager");
        assertThat(incidents.incident(filed.id()).mayRecord()).containsExactlyInAnyOrder(StepKind.PRELIMINARY,
                StepKind.FINAL);
        assertThat(incidents.record(filed.id(), StepKind.PRELIMINARY, today(), "区に電話で速報した").state())
                .isEqualTo(IncidentState.AWAITING_FINAL);
        assertThatThrownBy(() -> incidents.record(filed.id(), StepKind.PRELIMINARY, today(), "二度目"))
                .isInstanceOfSatisfying(IncidentException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("incident.error.step-recorded"));
        assertThatThrownBy(() -> incidents.record(filed.id(), StepKind.DAMAGES, today(), "なし"))
                .isInstanceOf(LoggedRefusal.class);

        TestSupport.signIn(users, "ward1");
        incidents.record(filed.id(), StepKind.GUIDANCE, today(), "再発防止策を出すこと");
        var closed = incidents.close(filed.id());
        assertThat(closed.state()).isEqualTo(IncidentState.CLOSED);
        assertThat(closed.steps()).extracting(Incident.Step::kind).containsExactly(StepKind.PRELIMINARY,
                StepKind.GUIDANCE);
        assertThatThrownBy(() -> incidents.record(filed.id(), StepKind.DAMAGES, today(), "なし"))
                .isInstanceOfSatisfying(IncidentException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("incident.error.closed"));
        TestSupport.signIn(users, "handler1");
        assertThat(incidents.incident(filed.id()).steps()).as("the reporter sees the state, not the steps").isEmpty();
    }

    @Test
    void a_passed_deadline_is_reminded_once_and_a_closed_incident_never() {
        Incident open = filedBy("staff1");
        Incident closing = filedBy("staff1");
        TestSupport.signIn(users, "ward1");
        incidents.close(closing.id());
        TestSupport.signOut();

        clock.advance(Duration.ofDays(6));
        incidents.remindOverdue();
        int again = incidents.remindOverdue();

        assertThat(again).isZero();
        TestSupport.signIn(users, "manager");
        var reminders = notifications.myInbox(5000).stream()
                .filter(n -> n.messageKey().startsWith("incident.notice.passed.")).toList();
        assertThat(reminders).filteredOn(n -> n.link().equals("incidents/" + open.id())).singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("incident.notice.passed.preliminary"));
        assertThat(reminders).noneMatch(n -> n.link().equals("incidents/" + closing.id()));
    }

    LocalDate today() {
        return JapaneseDates.today(clock);
    }
}
