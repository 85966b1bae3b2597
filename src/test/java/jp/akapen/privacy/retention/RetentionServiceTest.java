package jp.akapen.privacy.retention;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.TestSupport.MovableClock;
import jp.akapen.edition.EditionDelivered;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.edition.NewCohort;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.notification.NotificationService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AkapenSpringTest
@RecordApplicationEvents
class RetentionServiceTest {

    /** Years no other test class uses: future terms from 2850, ended terms from 1995. */
    static final AtomicInteger FUTURE = new AtomicInteger(2850);
    static final AtomicInteger PAST = new AtomicInteger(1995);

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    RetentionService retention;
    @Autowired
    jp.akapen.privacy.erasure.ErasureService erasures;
    @Autowired
    RetentionClock retentionClock;
    @Autowired
    RetentionRepository repository;
    @Autowired
    RetentionSteps steps;
    @Autowired
    NotificationService notices;
    @Autowired
    EditionService editions;
    @Autowired
    UserDetailsService users;
    @Autowired
    MovableClock clock;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_last_editions_confirmed_delivery_starts_the_clock_from_its_delivery_date_and_only_once() {
        long cohort = cohort(FUTURE);
        TestSupport.signIn(users, "ward1");
        var schedule = new EnumMap<MilestoneKind, LocalDate>(MilestoneKind.class);
        schedule.put(MilestoneKind.DELIVERY, today().plusDays(1));
        long edition = editions.createEdition(cohort, 1, "保存期間の号", schedule).id();
        TestSupport.signIn(users, "manager");
        editions.markDelivered(edition, today().minusDays(2));
        assertThat(period(cohort).state()).isEqualTo(RetentionState.NOT_STARTED);

        TestSupport.signIn(users, "ward1");
        editions.confirmDelivery(edition);
        deliveredLast(cohort, today());

        var period = period(cohort);
        assertThat(period.state()).isEqualTo(RetentionState.RUNNING);
        assertThat(period.startedOn()).isEqualTo(today().minusDays(2));
        assertThat(period.startedByLastEdition()).isTrue();
        assertThat(period.dueOn()).isEqualTo(today().plusDays(28));
        assertThat(period.daysLeft()).isEqualTo(28);
        assertThat(period.history()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(DecisionKind.STARTED);
            assertThat(s.by()).isNull();
        });
        assertThat(audited(cohort, "RETENTION_STARTED")).isEqualTo(1);
    }

    @Test
    void an_edition_that_is_not_the_last_starts_nothing() {
        long cohort = cohort(FUTURE);
        inTransaction(() -> retentionClock.onEditionDelivered(new EditionDelivered(0, cohort, today(), false)));

        assertThat(period(cohort).state()).isEqualTo(RetentionState.NOT_STARTED);
    }

    @Test
    void the_daily_check_starts_periods_of_ended_terms_from_the_terms_end_and_counts_down_at_fourteen_seven_and_one_days() {
        long ended = cohort(PAST);
        long counting = cohort(FUTURE);
        deliveredLast(counting, today().minusDays(16));

        retentionClock.check();
        retentionClock.check();

        var period = period(ended);
        assertThat(period.startedByLastEdition()).isFalse();
        assertThat(period.startedOn()).isEqualTo(period.termEnd());
        assertThat(period.dueOn()).isEqualTo(period.termEnd().plusDays(30));
        assertThat(period.state()).as("long past its due date").isEqualTo(RetentionState.AWAITING_MANAGER);
        assertThat(noticesOf("retention.notice.due", period.fiscalYear())).containsExactlyInAnyOrder(
                "CONTRACTOR_MANAGER", "WARD_STAFF");
        assertThat(noticesOf("retention.notice.countdown", period(counting).fiscalYear()))
                .containsExactlyInAnyOrder("CONTRACTOR_MANAGER", "WARD_STAFF");

        clock.advance(Duration.ofDays(7));
        retentionClock.check();
        retentionClock.check();
        assertThat(noticesOf("retention.notice.countdown", period(counting).fiscalYear()))
                .as("14 days before, then 7, each once").hasSize(4);

        clock.advance(Duration.ofDays(5));
        retentionClock.check();
        assertThat(noticesOf("retention.notice.countdown", period(counting).fiscalYear()))
                .as("nothing 2 days before").hasSize(4);
        clock.advance(Duration.ofDays(1));
        retentionClock.check();
        retentionClock.check();
        assertThat(noticesOf("retention.notice.countdown", period(counting).fiscalYear()))
                .as("and 1 day before, once").hasSize(6);
        assertThat(period(counting).state()).isEqualTo(RetentionState.RUNNING);
    }

    @Test
    void the_ward_extends_holds_and_releases_with_reasons_and_the_manager_reads_who_when_and_why() {
        long cohort = cohort(FUTURE);
        deliveredLast(cohort, today().minusDays(20));
        LocalDate due = today().plusDays(10);
        TestSupport.signIn(users, "ward1");

        assertRefused(() -> retention.extend(cohort, due.plusDays(30), " "), "retention.refused.reason-required");
        assertRefused(() -> retention.extend(cohort, due, "監査"), "retention.refused.date-not-later");
        retention.extend(cohort, due.plusDays(30), "区の監査（O2）まで保存する");
        assertThat(period(cohort).state()).isEqualTo(RetentionState.EXTENDED);
        assertThat(period(cohort).dueOn()).isEqualTo(due.plusDays(30));

        retention.hold(cohort, "住民からの問い合わせ対応中");
        assertThat(period(cohort).state()).isEqualTo(RetentionState.HELD);
        assertThat(period(cohort).dueOn()).isNull();
        assertRefused(() -> retention.hold(cohort, "もう一度"), "retention.refused.state.held");

        clock.advance(Duration.ofDays(5));
        assertThat(retention.release(cohort)).as("40 days were left on the day of the hold; held days do not count")
                .isEqualTo(today().plusDays(40));

        TestSupport.signIn(users, "manager");
        var history = period(cohort).history();
        assertThat(history).extracting(RetentionPeriod.Step::kind).containsExactly(DecisionKind.RELEASED,
                DecisionKind.HELD, DecisionKind.EXTENDED, DecisionKind.STARTED);
        assertThat(history.get(2).by()).isEqualTo(wardName());
        assertThat(history.get(2).reason()).isEqualTo("区の監査（O2）まで保存する");
        assertThat(history.get(1).reason()).isEqualTo("住民からの問い合わせ対応中");
        assertThat(audited(cohort, "RETENTION_EXTENDED")).isEqualTo(1);
        assertThat(audited(cohort, "RETENTION_HELD")).isEqualTo(1);
        assertThat(audited(cohort, "RETENTION_RELEASED")).isEqualTo(1);
        assertThat(period(cohort).actions()).as("the manager has nothing to do while it runs").isEmpty();
    }

    @Test
    void the_manager_may_not_decide_for_the_ward_nor_confirm_before_the_due_date() {
        long cohort = cohort(FUTURE);
        deliveredLast(cohort, today().minusDays(3));
        TestSupport.signIn(users, "manager");

        assertThatThrownBy(() -> retention.extend(cohort, today().plusDays(90), "延ばしたい"))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> retention.confirm(cohort), "retention.refused.state.running");

        TestSupport.signIn(users, "handler1");
        assertThatThrownBy(() -> retention.periods()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void at_expiry_the_manager_confirms_and_the_ward_approves_which_publishes_erasure_approved() {
        long cohort = cohort(FUTURE);
        deliveredLast(cohort, today().minusDays(31));
        TestSupport.signIn(users, "ward1");
        assertRefused(() -> retention.approve(cohort), "retention.refused.state.awaiting-manager");

        TestSupport.signIn(users, "manager");
        assertThat(period(cohort).actions()).containsExactlyInAnyOrder(RetentionAction.CONFIRM,
                RetentionAction.REFUSE_AS_MANAGER);
        retention.confirm(cohort);
        assertThat(period(cohort).state()).isEqualTo(RetentionState.AWAITING_WARD);

        TestSupport.signIn(users, "ward1");
        retention.approve(cohort);

        assertThat(period(cohort).state()).isEqualTo(RetentionState.APPROVED);
        assertThat(events.stream(ErasureApproved.class).filter(e -> e.cohortId() == cohort)).singleElement()
                .satisfies(e -> {
                    assertThat(e.confirmedBy()).isEqualTo(accountId("manager"));
                    assertThat(e.approvedBy()).isEqualTo(accountId("ward1"));
                });
        assertThat(audited(cohort, "RETENTION_CONFIRMED")).isEqualTo(1);
        assertThat(audited(cohort, "ERASURE_APPROVED")).isEqualTo(1);
        assertThat(erasures.report(cohort)).as("the committed approval records the erasure for the job")
                .hasValueSatisfying(r -> {
                    assertThat(r.operatorAccountId()).isEqualTo(accountId("manager"));
                    assertThat(r.validatorAccountId()).isEqualTo(accountId("ward1"));
                });
        assertRefused(() -> retention.hold(cohort, "遅すぎた"), "retention.refused.state.approved");
    }

    @Test
    void a_refusal_at_either_stage_says_why_and_sends_the_period_back_to_the_wards_date_or_a_hold() {
        long cohort = cohort(FUTURE);
        deliveredLast(cohort, today().minusDays(30));
        TestSupport.signIn(users, "manager");
        assertRefused(() -> retention.refuseAsManager(cohort, ""), "retention.refused.reason-required");
        retention.refuseAsManager(cohort, "紙の原稿の返却がまだ");
        assertThat(period(cohort).state()).isEqualTo(RetentionState.HELD);

        TestSupport.signIn(users, "ward1");
        retention.extend(cohort, today().plusDays(1), "返却を待つ");
        clock.advance(Duration.ofDays(1));
        TestSupport.signIn(users, "manager");
        retention.confirm(cohort);

        TestSupport.signIn(users, "ward1");
        assertRefused(() -> retention.refuseAsWard(cohort, "確認中", today()), "retention.refused.date-not-after-today");
        retention.refuseAsWard(cohort, "監査の予定がある", today().plusDays(60));
        var period = period(cohort);
        assertThat(period.state()).isEqualTo(RetentionState.EXTENDED);
        assertThat(period.dueOn()).isEqualTo(today().plusDays(60));
        assertThat(period.history().getFirst().kind()).isEqualTo(DecisionKind.WARD_REFUSED);
        assertThat(period.history().getFirst().reason()).isEqualTo("監査の予定がある");
        assertThat(audited(cohort, "RETENTION_REFUSED")).isEqualTo(2);
        assertThat(events.stream(ErasureApproved.class).filter(e -> e.cohortId() == cohort)).isEmpty();
    }

    @Test
    void with_a_grace_period_a_confirmed_erasure_the_ward_does_not_refuse_counts_as_approved_by_the_system() {
        var withGrace = new RetentionClock(repository, steps, notices, transactionManager, clock, 30, Duration.ofDays(3));
        long cohort = cohort(FUTURE);
        deliveredLast(cohort, today().minusDays(30));
        TestSupport.signIn(users, "manager");
        retention.confirm(cohort);
        TestSupport.signOut();

        clock.advance(Duration.ofDays(2));
        withGrace.check();
        assertThat(statusOf(cohort)).isEqualTo(RetentionState.AWAITING_WARD);

        clock.advance(Duration.ofDays(1));
        withGrace.check();
        assertThat(statusOf(cohort)).isEqualTo(RetentionState.APPROVED);
        assertThat(events.stream(ErasureApproved.class).filter(e -> e.cohortId() == cohort)).singleElement()
                .satisfies(e -> assertThat(e.approvedBy()).isNull());
        var entry = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("ERASURE_APPROVED"))
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(cohort))).fetchSingle();
        assertThat(entry.getActorId()).isNull();
        assertThat(entry.getFields()).contains("grace_period");
    }

    // --- helpers

    /** A cohort of a resident of its own: its approval records an erasure, which must never reach a demo resident. */
    long cohort(AtomicInteger years) {
        long resident = new jp.akapen.privacy.VaultFixtures(context).id(
                new jp.akapen.privacy.VaultFixtures(context).newAcknowledgedResident());
        TestSupport.signIn(users, "ward1");
        return TestSupport.freeYear(years, year -> editions.createCohort(new NewCohort(year, LocalDate.of(year, 4, 1),
                LocalDate.of(year + 1, 3, 31), "あかね編集室（保存期間のテスト）", List.of(resident)))).id();
    }

    void deliveredLast(long cohort, LocalDate on) {
        inTransaction(() -> retentionClock.onEditionDelivered(new EditionDelivered(0, cohort, on, true)));
    }

    void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    RetentionPeriod period(long cohort) {
        var signedIn = jp.akapen.shared.SignedIn.user().isPresent();
        if (!signedIn) {
            TestSupport.signIn(users, "ward1");
        }
        return retention.periods().stream().filter(p -> p.cohortId() == cohort).findFirst().orElseThrow();
    }

    RetentionState statusOf(long cohort) {
        return repository.all().stream().filter(r -> r.cohortId() == cohort).findFirst().orElseThrow().state();
    }

    List<String> noticesOf(String key, int fiscalYear) {
        return db.select(NOTICE.RECIPIENT_ROLE).from(NOTICE).where(NOTICE.MESSAGE_KEY.eq(key))
                .and(NOTICE.LINK.eq("retention"))
                .and(NOTICE.MESSAGE_ARGS.cast(String.class).like("%\"" + fiscalYear + "\"%"))
                .fetch(NOTICE.RECIPIENT_ROLE);
    }

    int audited(long cohort, String action) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.OBJECT_TYPE.eq("cohort"))
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(cohort))));
    }

    long accountId(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchSingle(ACCOUNT.ID);
    }

    String wardName() {
        return db.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("ward1")).fetchSingle(ACCOUNT.DISPLAY_NAME);
    }

    LocalDate today() {
        return JapaneseDates.today(clock);
    }

    static void assertRefused(Runnable step, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOf(RetentionException.class)
                .extracting(e -> ((RetentionException) e).messageKey()).isEqualTo(messageKey);
    }
}
