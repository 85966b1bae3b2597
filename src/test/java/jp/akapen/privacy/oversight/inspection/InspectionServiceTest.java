package jp.akapen.privacy.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The ward's annual audit: results, the chain verified, findings tracked to closure, the notice (O2; issue 15). */
@AkapenSpringTest
class InspectionServiceTest {

    /** Past fiscal years no other test audits; a year already taken is skipped. */
    static final AtomicInteger YEARS = new AtomicInteger(1900 + ThreadLocalRandom.current().nextInt(50) * 2);

    @Autowired
    InspectionService inspections;
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

    private AuditRecord started() {
        TestSupport.signIn(users, "ward1");
        while (true) {
            try {
                return inspections.start(YEARS.getAndIncrement());
            } catch (InspectionException taken) {
                assertThat(taken.messageKeys()).containsExactly("oversight.audit.error.year-taken");
            }
        }
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    @Test
    void starting_an_audit_verifies_the_audit_chain_and_keeps_the_result_with_the_audit() {
        var fixtures = new VaultFixtures(context);
        long before = fixtures.lastSeq();
        var audit = started();

        assertThat(audit.chainCheckedAt()).isNotNull();
        assertThat(audit.chainIntact()).isTrue();
        assertThat(audit.chainEntries()).isPositive();
        assertThat(fixtures.eventsAfter(before)).extracting(e -> e.action()).contains(
                AuditAction.AUDIT_CHAIN_VERIFIED.name(), AuditAction.OVERSIGHT_AUDIT_STARTED.name(),
                AuditAction.OVERSIGHT_AUDIT_CHAIN_CHECKED.name());
        assertThatThrownBy(() -> inspections.start(audit.fiscalYear())).isInstanceOf(InspectionException.class)
                .extracting("messageKeys").asList().containsExactly("oversight.audit.error.year-taken");
    }

    @Test
    void a_finding_is_answered_by_its_owner_and_closed_by_the_ward_never_by_the_manager() {
        var audit = started();
        var manager = inspections.owners().stream().filter(p -> p.displayName() != null
                && p.role().equals("CONTRACTOR_MANAGER")).findFirst().orElseThrow();
        audit = inspections.record(audit.id(), "T08", ItemResult.NEEDS_IMPROVEMENT, "保管庫の鍵の管理簿がない");
        assertThat(audit.results().get("T08").result()).isEqualTo(ItemResult.NEEDS_IMPROVEMENT);
        audit = inspections.addFinding(audit.id(), "T08", "保管庫の鍵の管理簿がない", "鍵の管理簿を作り、毎日記録する",
                manager.id(), today().plusDays(30));
        long finding = audit.findings().getFirst().id();
        assertThat(audit.findings().getFirst().state()).isEqualTo(FindingState.OPEN);

        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> inspections.close(finding)).isInstanceOf(LoggedRefusal.class);
        var answered = inspections.reportDone(finding, "管理簿を作成し、運用を始めました");
        assertThat(answered.findings().getFirst().state()).isEqualTo(FindingState.DONE);
        assertThatThrownBy(() -> inspections.close(finding)).as("not even once it is done")
                .isInstanceOf(LoggedRefusal.class);

        TestSupport.signIn(users, "ward1");
        var closed = inspections.close(finding);
        assertThat(closed.findings().getFirst().state()).isEqualTo(FindingState.CLOSED);
        assertThat(closed.findings().getFirst().closedBy()).isNotBlank();
    }

    @Test
    void the_manager_reads_the_audit_but_records_nothing_and_a_handler_or_resident_cannot_open_it() {
        var audit = started();

        TestSupport.signIn(users, "manager");
        assertThat(inspections.audit(audit.id()).actions()).isEmpty();
        assertThatThrownBy(() -> inspections.record(audit.id(), "T01", ItemResult.CONFORMS, null))
                .isInstanceOf(LoggedRefusal.class);
        for (String user : new String[] {"handler1", "resident1", "staff1"}) {
            TestSupport.signIn(users, user);
            assertThatThrownBy(() -> inspections.audits()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspections.audit(audit.id())).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_audit_is_finished_only_when_every_item_has_a_result_and_is_then_closed_to_changes() {
        var audit = started();
        assertThatThrownBy(() -> inspections.finish(audit.id())).isInstanceOf(InspectionException.class)
                .extracting("messageKeys").asList().containsExactly("oversight.audit.error.unrecorded");

        for (var item : inspections.checklist().items()) {
            inspections.record(audit.id(), item.code(), ItemResult.CONFORMS, null);
        }
        assertThat(inspections.finish(audit.id()).finished()).isTrue();
        assertThatThrownBy(() -> inspections.record(audit.id(), "T01", ItemResult.NOT_APPLICABLE, null))
                .isInstanceOf(InspectionException.class).extracting("messageKeys").asList()
                .containsExactly("oversight.audit.error.finished");
    }

    @Test
    void the_ward_is_told_once_when_a_fiscal_years_last_quarter_begins_without_an_audit() {
        // a January far ahead, whose fiscal year no test audits
        int year = 2090 + ThreadLocalRandom.current().nextInt(100);
        var january = ZonedDateTime.of(year, 1, 2, 9, 0, 0, 0, JapaneseDates.ZONE).toInstant();
        clock.advance(Duration.between(clock.instant(), january));
        TestSupport.signOut();

        assertThat(inspections.noticeMissingAudit()).isTrue();
        assertThat(inspections.noticeMissingAudit()).as("once a year").isFalse();

        clock.advance(Duration.ofDays(100));
        assertThat(inspections.noticeMissingAudit()).as("April: a new fiscal year, not in its last quarter").isFalse();
    }
}
