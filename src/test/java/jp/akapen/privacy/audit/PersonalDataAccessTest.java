package jp.akapen.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.shared.JapaneseDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The report's access summary is counted by the database per person, with reads at unusual hours (O1, P4; issue 15). */
@AkapenSpringTest
class PersonalDataAccessTest {

    @Autowired
    PersonalDataAccess access;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(LocalDateTime tokyo, AuditAction action, AuditActor actor, AuditOutcome outcome) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), tokyo.atZone(JapaneseDates.ZONE).toInstant()));
        trail.record(new AuditEntry(action, "person", "1", null, outcome), actor);
    }

    @Test
    void reads_changes_and_exports_are_counted_per_person_and_reads_out_of_hours_apart() {
        var fixtures = new VaultFixtures(context);
        long handler = fixtures.id(fixtures.newAccount(Role.CONTRACTOR_HANDLER));
        var actor = new AuditActor(handler, Role.CONTRACTOR_HANDLER.name());
        LocalDate monday = JapaneseDates.today(clock).plusWeeks(3).with(TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        at(monday.atTime(10, 0), AuditAction.PERSONAL_DATA_READ, actor, AuditOutcome.SUCCESS);
        at(monday.atTime(6, 30), AuditAction.PERSONAL_DATA_READ, actor, AuditOutcome.SUCCESS);
        at(monday.atTime(22, 15), AuditAction.PERSONAL_DATA_READ, actor, AuditOutcome.SUCCESS);
        at(monday.plusDays(5).atTime(11, 0), AuditAction.PERSONAL_DATA_READ, actor, AuditOutcome.SUCCESS);
        at(monday.atTime(11, 0), AuditAction.PERSONAL_DATA_CHANGED, actor, AuditOutcome.SUCCESS);
        at(monday.atTime(23, 0), AuditAction.PERSONAL_DATA_EXPORTED, actor, AuditOutcome.SUCCESS);
        at(monday.atTime(23, 30), AuditAction.PERSONAL_DATA_READ, actor, AuditOutcome.DENIED);
        at(monday.plusDays(7).atTime(3, 0), AuditAction.PERSONAL_DATA_READ, actor, AuditOutcome.SUCCESS);
        clock.reset();

        TestSupport.signIn(users, "ward1");
        var mine = access.between(monday, monday.plusDays(6)).stream().filter(s -> s.accountId() == handler)
                .findFirst().orElseThrow();

        assertThat(mine.reads()).as("four successful reads in the week; the denied one and next week's are not")
                .isEqualTo(4);
        assertThat(mine.unusualReads()).as("6:30, 22:15 and the Saturday").isEqualTo(3);
        assertThat(mine.changes()).isEqualTo(1);
        assertThat(mine.exports()).isEqualTo(1);
        assertThat(mine.role()).isEqualTo("CONTRACTOR_HANDLER");
    }
}
