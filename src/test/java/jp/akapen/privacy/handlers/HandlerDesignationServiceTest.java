package jp.akapen.privacy.handlers;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpSessionBindingEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.ActiveSessions;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.db.tables.records.AuditEventRecord;
import jp.akapen.privacy.TrainingFixture;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.notification.NotificationService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The handler register as a service (seed P2, P3; audit P4). */
@AkapenSpringTest
class HandlerDesignationServiceTest {

    @Autowired
    HandlerDesignationService service;

    @Autowired
    HandlerRegister register;

    @Autowired
    AccountService accounts;

    @Autowired
    NotificationService notices;

    @Autowired
    ActiveSessions sessions;

    @Autowired
    DesignationSessions designationSessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JapaneseDates.ZONE);
    }

    /**
     * A person of the given role nobody has designated yet (the ward creates managers, the manager the rest), trained
     * yesterday so that the training rule (O3) lets them be designated.
     */
    long newPerson(Role role) {
        long id = newUntrainedPerson(role);
        TrainingFixture.train(context, id);
        return id;
    }

    long newUntrainedPerson(Role role) {
        TestSupport.signIn(users, role == Role.CONTRACTOR_MANAGER ? "ward1" : "manager");
        String username = "person-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewAccount(username, "新人 " + username, role, "a long enough passphrase")).id();
    }

    @Test
    void someone_with_no_training_on_record_is_not_designated_and_is_told_why() {
        long person = newUntrainedPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");

        assertThatThrownBy(() -> service.designate(person, today(), null))
                .isInstanceOfSatisfying(DesignationException.class, e -> {
                    assertThat(e.messageKeys()).containsExactly("handlers.error.untrained");
                    assertThat(e.arguments("handlers.error.untrained")).containsExactly(java.time.Period.ofMonths(12));
                });
        assertThat(service.register()).noneMatch(e -> e.designation().accountId() == person);
    }

    @Test
    void a_training_older_than_twelve_months_before_the_start_is_refused_with_its_date_and_a_recent_one_passes() {
        long person = newUntrainedPerson(Role.CONTRACTOR_HANDLER);
        clock.advance(java.time.Duration.ofDays(-400));
        TrainingFixture.train(context, person);
        LocalDate trainedOn = today().minusDays(1);
        clock.reset();
        TestSupport.signIn(users, "manager");

        assertThatThrownBy(() -> service.designate(person, today(), null))
                .isInstanceOfSatisfying(DesignationException.class, e -> {
                    assertThat(e.messageKeys()).containsExactly("handlers.error.training-old");
                    assertThat(e.arguments("handlers.error.training-old")).containsExactly(trainedOn,
                            java.time.Period.ofMonths(12));
                });

        TrainingFixture.train(context, person);
        assertThat(service.designate(person, today(), null).status()).isEqualTo(DesignationStatus.ACTIVE);
    }

    AuditEventRecord lastAuditEvent() {
        return db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
    }

    static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    /** A session as the servlet container reports it once Spring Security has stored a sign-in. */
    MockHttpSession signedInSession(PortalUser user) {
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        var session = new MockHttpSession();
        session.setAttribute(SECURITY_CONTEXT, context);
        sessions.attributeAdded(new HttpSessionBindingEvent(session, SECURITY_CONTEXT, context));
        return session;
    }

    MockHttpSession signedInSession(String username) {
        return signedInSession((PortalUser) users.loadUserByUsername(username));
    }

    MockHttpSession signedInSession(long accountId) {
        return signedInSession(new Someone(accountId));
    }

    /** The bookkeeping looks only at the principal's account id. */
    record Someone(long id) implements PortalUser {
        @Override
        public String displayName() {
            return "someone";
        }

        @Override
        public String role() {
            return "CONTRACTOR_HANDLER";
        }
    }

    @Test
    void the_manager_designates_a_handler_who_is_active_at_once_audited_and_reported_to_the_ward() {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        assertThat(register.isActive(person)).isFalse();
        TestSupport.signIn(users, "ward1");
        int wardUnread = notices.myUnreadCount();

        TestSupport.signIn(users, "manager");
        RegisterEntry entry = service.designate(person, today(), null);

        assertThat(entry.status()).isEqualTo(DesignationStatus.ACTIVE);
        assertThat(entry.designatedByName()).isEqualTo("編集 責子（取扱責任者）");
        assertThat(entry.role()).isEqualTo("CONTRACTOR_HANDLER");
        assertThat(register.isActive(person)).isTrue();
        assertThat(lastAuditEvent()).satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("HANDLER_DESIGNATED");
            assertThat(e.getObjectType()).isEqualTo("designation");
            assertThat(e.getObjectId()).isEqualTo(String.valueOf(entry.designation().id()));
            assertThat(e.getOutcome()).isEqualTo("SUCCESS");
            assertThat(e.getActorRole()).isEqualTo("CONTRACTOR_MANAGER");
        });
        TestSupport.signIn(users, "ward1");
        assertThat(notices.myUnreadCount()).isEqualTo(wardUnread + 1);
        assertThat(notices.myInbox(500)).filteredOn(n -> n.args().contains(entry.personName())).singleElement()
                .satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("handlers.notice.designated");
                    assertThat(n.args()).containsExactly(entry.personName(), today().toString(), "—",
                            entry.designatedByName());
                });
    }

    @Test
    void ward_staff_read_the_whole_register_with_who_when_and_by_whom() {
        long person = newPerson(Role.CONTRACTOR_MANAGER);
        TestSupport.signIn(users, "manager");
        var designated = service.designate(person, today().plusDays(2), today().plusDays(40));
        var ended = service.end(service.designate(newPerson(Role.CONTRACTOR_HANDLER), today(), null).designation().id());

        TestSupport.signIn(users, "ward1");
        var rows = service.register();

        assertThat(rows).extracting(e -> e.designation().id())
                .contains(designated.designation().id(), ended.designation().id());
        assertThat(rows).filteredOn(e -> e.designation().id() == designated.designation().id()).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(DesignationStatus.UPCOMING);
                    assertThat(e.designation().startsOn()).isEqualTo(today().plusDays(2));
                    assertThat(e.designation().endsOn()).isEqualTo(today().plusDays(40));
                    assertThat(e.role()).isEqualTo("CONTRACTOR_MANAGER");
                });
        assertThat(rows).filteredOn(e -> e.designation().id() == ended.designation().id()).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(DesignationStatus.ENDED);
                    assertThat(e.endedByName()).isEqualTo("編集 責子（取扱責任者）");
                    assertThat(e.designation().endedAt()).isNotNull();
                    assertThat(e.designation().endsOn()).isEqualTo(today());
                });
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        assertThat(rows).anySatisfy(e -> {
            assertThat(e.designation().accountId()).isEqualTo(handler1);
            assertThat(e.status()).isEqualTo(DesignationStatus.ACTIVE);
        });
    }

    @ParameterizedTest(name = "{0} may not read the register, and the refusal is audited")
    @ValueSource(strings = {"staff1", "resident1", "handler1"})
    void nobody_but_the_ward_and_the_manager_reads_the_register_and_each_refusal_is_audited(String username) {
        var user = (PortalUser) TestSupport.signIn(users, username);

        assertThatThrownBy(() -> service.register()).isInstanceOf(AccessDeniedException.class);

        assertThat(lastAuditEvent()).satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("ACCESS_DENIED");
            assertThat(e.getObjectType()).isEqualTo("designation");
            assertThat(e.getOutcome()).isEqualTo("DENIED");
            assertThat(e.getActorId()).isEqualTo(user.id());
        });
    }

    @ParameterizedTest(name = "{0} may not designate or end, and the refusal is audited")
    @ValueSource(strings = {"ward1", "staff1", "resident2", "handler2"})
    void only_the_manager_designates_and_ends_and_refusals_are_audited(String username) {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        long id = service.designate(person, today(), null).designation().id();
        TestSupport.signIn(users, username);

        assertThatThrownBy(() -> service.designate(person, today().plusYears(2), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lastAuditEvent()).satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("HANDLER_DESIGNATED");
            assertThat(e.getOutcome()).isEqualTo("DENIED");
        });
        assertThatThrownBy(() -> service.end(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(lastAuditEvent()).satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("HANDLER_DESIGNATION_ENDED");
            assertThat(e.getObjectId()).isEqualTo(String.valueOf(id));
            assertThat(e.getOutcome()).isEqualTo("DENIED");
        });
        assertThat(register.isActive(person)).isTrue();
    }

    @Test
    void overlapping_days_for_one_person_are_refused_and_nothing_is_stored() {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        service.designate(person, today().plusDays(10), today().plusDays(20));
        int before = service.register().size();

        assertThatThrownBy(() -> service.designate(person, today(), null))
                .isInstanceOfSatisfying(DesignationException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("handlers.error.overlap"));
        assertThatThrownBy(() -> service.designate(person, today().plusDays(20), today().plusDays(30)))
                .isInstanceOf(DesignationException.class);
        assertThat(service.register()).hasSize(before);
        assertThat(service.designate(person, today().plusDays(21), null).status()).isEqualTo(DesignationStatus.UPCOMING);
    }

    @Test
    void contractor_staff_residents_ward_staff_and_unknown_ids_cannot_be_designated() {
        long staff = newPerson(Role.CONTRACTOR_STAFF);
        long resident = ((PortalUser) users.loadUserByUsername("resident3")).id();
        long ward = ((PortalUser) users.loadUserByUsername("ward1")).id();
        TestSupport.signIn(users, "manager");
        for (long id : new long[] {staff, resident, ward, 999_999_999L}) {
            assertThatThrownBy(() -> service.designate(id, today(), null))
                    .isInstanceOfSatisfying(DesignationException.class,
                            e -> assertThat(e.messageKeys()).containsExactly("handlers.error.not-designatable"));
            assertThat(register.isActive(id)).isFalse();
        }
        assertThat(service.candidates()).extracting(p -> p.role()).containsOnly("CONTRACTOR_HANDLER", "CONTRACTOR_MANAGER");
    }

    @Test
    void bad_dates_are_refused_with_every_reason() {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> service.designate(person, today().minusDays(1), today().minusDays(3)))
                .isInstanceOfSatisfying(DesignationException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("handlers.error.start-past", "handlers.error.end-before-start"));
        assertThat(register.isActive(person)).isFalse();
    }

    @Test
    void an_ended_designation_is_inactive_immediately_audited_reported_and_its_holders_sessions_end() {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        long id = service.designate(person, today(), today().plusMonths(3)).designation().id();
        var atWork = signedInSession(person);
        var atHome = signedInSession(person);
        var bystander = signedInSession("handler2");
        TestSupport.signIn(users, "manager");

        RegisterEntry ended = service.end(id);

        assertThat(register.isActive(person)).isFalse();
        assertThat(ended.status()).isEqualTo(DesignationStatus.ENDED);
        assertThat(ended.designation().endsOn()).isEqualTo(today());
        assertThat(atWork.isInvalid()).isTrue();
        assertThat(atHome.isInvalid()).isTrue();
        assertThat(bystander.isInvalid()).isFalse();
        assertThat(lastAuditEvent()).satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("HANDLER_DESIGNATION_ENDED");
            assertThat(e.getObjectType()).isEqualTo("designation");
            assertThat(e.getObjectId()).isEqualTo(String.valueOf(id));
            assertThat(e.getOutcome()).isEqualTo("SUCCESS");
        });
        TestSupport.signIn(users, "ward1");
        assertThat(notices.myInbox(500)).filteredOn(n -> n.args().contains(ended.personName()))
                .extracting(n -> n.messageKey())
                .containsExactlyInAnyOrder("handlers.notice.designated", "handlers.notice.ended");

        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> service.end(id)).isInstanceOfSatisfying(DesignationException.class,
                e -> assertThat(e.messageKeys()).containsExactly("handlers.error.already-ended"));
        assertThat(service.designate(person, today(), null).status())
                .as("a new designation may start the same day").isEqualTo(DesignationStatus.ACTIVE);
        assertThat(register.isActive(person)).isTrue();
    }

    @Test
    void a_refused_ending_logs_nobody_out() {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        long id = service.designate(person, today(), null).designation().id();
        service.end(id);
        var laterSession = signedInSession(person);
        TestSupport.signIn(users, "manager");

        assertThatThrownBy(() -> service.end(id)).isInstanceOf(DesignationException.class);

        assertThat(laterSession.isInvalid()).isFalse();
    }

    @Test
    void an_upcoming_designation_can_be_withdrawn_and_never_becomes_active() {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        long id = service.designate(person, today().plusDays(1), today().plusDays(5)).designation().id();

        var withdrawn = service.end(id);
        clock.advance(Duration.ofDays(2));

        assertThat(withdrawn.status()).isEqualTo(DesignationStatus.ENDED);
        assertThat(withdrawn.designation().endsOn()).isEqualTo(withdrawn.designation().startsOn().plusDays(4));
        assertThat(register.isActive(person)).isFalse();
    }

    @Test
    void withdrawing_a_later_designation_leaves_a_handler_with_a_current_one_signed_in() {
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        service.designate(person, today(), today().plusDays(10));
        long later = service.designate(person, today().plusDays(20), null).designation().id();
        var atWork = signedInSession(person);
        TestSupport.signIn(users, "manager");

        service.end(later);

        assertThat(register.isActive(person)).isTrue();
        assertThat(atWork.isInvalid()).as("the current designation goes on (P2)").isFalse();
    }

    @Test
    void days_are_tokyo_days_even_when_the_utc_date_is_still_yesterday() {
        // move to 00:30 in Tokyo, when it is 15:30 of the previous day in UTC
        ZonedDateTime tokyoNow = clock.instant().atZone(JapaneseDates.ZONE);
        ZonedDateTime halfPastMidnight = tokyoNow.toLocalDate().plusDays(1).atTime(LocalTime.of(0, 30))
                .atZone(JapaneseDates.ZONE);
        clock.advance(Duration.between(tokyoNow, halfPastMidnight));
        LocalDate tokyoToday = today();
        LocalDate utcToday = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        assertThat(utcToday).isEqualTo(tokyoToday.minusDays(1));
        long person = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");

        assertThatThrownBy(() -> service.designate(person, utcToday, null))
                .as("the UTC date is already yesterday in Tokyo").isInstanceOf(DesignationException.class);
        var entry = service.designate(person, tokyoToday, tokyoToday);

        assertThat(entry.status()).isEqualTo(DesignationStatus.ACTIVE);
        assertThat(register.isActive(person)).isTrue();
        clock.advance(Duration.ofHours(23).plusMinutes(29));
        assertThat(register.isActive(person)).as("23:59 in Tokyo, still the last day").isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(register.isActive(person)).as("00:01 the next day in Tokyo").isFalse();
    }

    @Test
    void the_minute_job_ends_sessions_once_a_designations_last_day_is_over() {
        long lapsing = newPerson(Role.CONTRACTOR_HANDLER);
        long renewed = newPerson(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, "manager");
        service.designate(lapsing, today(), today());
        service.designate(renewed, today(), today());
        service.designate(renewed, today().plusDays(1), null);
        designationSessions.endSessionsOfLapsedDesignations();
        var lapsingSession = signedInSession(lapsing);
        var renewedSession = signedInSession(renewed);

        designationSessions.endSessionsOfLapsedDesignations();
        assertThat(lapsingSession.isInvalid()).as("still its last day").isFalse();
        clock.advance(Duration.ofDays(1));
        designationSessions.endSessionsOfLapsedDesignations();

        assertThat(register.isActive(lapsing)).isFalse();
        assertThat(lapsingSession.isInvalid()).isTrue();
        assertThat(renewedSession.isInvalid()).as("designated again from today").isFalse();
    }
}
