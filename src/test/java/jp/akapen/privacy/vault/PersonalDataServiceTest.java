package jp.akapen.privacy.vault;

import static jp.akapen.db.Tables.COHORT_MEMBER;
import static jp.akapen.db.Tables.DATA_KEY;
import static jp.akapen.db.Tables.PRIVACY_COHORT_MEMBER;
import static jp.akapen.db.Tables.VAULT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The vault through its one public service: who reads, what the log says, how changes and erasure behave. */
@AkapenSpringTest
class PersonalDataServiceTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    PurposeNoticeService purposeNotice;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    VaultFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VaultFixtures(context);
    }

    private void as(String username) {
        TestSupport.signIn(users, username);
    }

    private static PersonalData data(String email) {
        return new PersonalData("試験 花子", "しけん はなこ", "東京都新宿区試験町1-1", email, null);
    }

    /** P2, P4: one field revealed, one event naming that field only, never its value. */
    @Test
    void ward_staff_read_one_field_and_the_log_records_exactly_that_field_and_no_value() {
        long resident1 = fixtures.id("resident1");
        long before = fixtures.lastSeq();
        as("ward1");

        var reading = personalData.readField(resident1, PersonalData.Field.EMAIL);

        assertThat(reading.state()).isEqualTo(VaultState.READABLE);
        assertThat(reading.value()).isEqualTo("resident1@example.jp");
        List<AuditEvent> events = fixtures.eventsAfter(before);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PERSONAL_DATA_READ");
            assertThat(e.objectType()).isEqualTo("person");
            assertThat(e.objectId()).isEqualTo(String.valueOf(resident1));
            assertThat(e.fields()).containsExactly("email");
            assertThat(e.outcome()).isEqualTo("SUCCESS");
            assertThat(e.actorId()).isEqualTo(fixtures.id("ward1"));
            assertThat(e.toString()).doesNotContain("resident1@example.jp");
        });
    }

    /** P1, P2: a resident sees their own data, never another's; the refusal is logged. */
    @Test
    void a_resident_reads_their_own_data_but_is_refused_another_residents_and_the_refusal_is_logged() {
        long resident1 = fixtures.id("resident1");
        long resident2 = fixtures.id("resident2");
        as("resident1");

        var own = personalData.readAll(resident1);
        assertThat(own.state()).isEqualTo(VaultState.READABLE);
        assertThat(own.data().email()).isEqualTo("resident1@example.jp");

        long before = fixtures.lastSeq();
        assertThatThrownBy(() -> personalData.readField(resident2, PersonalData.Field.FULL_NAME))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PERSONAL_DATA_READ");
            assertThat(e.outcome()).isEqualTo("DENIED");
            assertThat(e.objectId()).isEqualTo(String.valueOf(resident2));
            assertThat(e.fields()).containsExactly("full_name");
        });
    }

    /** P2, R5: contractor staff, the manager and handlers who are not designated today never receive it. */
    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"staff1", "manager", "undesignated handler", "undesignated manager"})
    void people_who_are_not_designated_are_refused_every_read_and_each_refusal_is_logged(String who) {
        String username = switch (who) {
            case "undesignated handler" -> fixtures.newAccount(Role.CONTRACTOR_HANDLER);
            case "undesignated manager" -> fixtures.newAccount(Role.CONTRACTOR_MANAGER);
            default -> who;
        };
        long resident1 = fixtures.id("resident1");
        as(username);
        assertThat(personalData.mayReadOthers()).isFalse();

        long before = fixtures.lastSeq();
        for (PersonalData.Field field : PersonalData.Field.values()) {
            assertThatThrownBy(() -> personalData.readField(resident1, field)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> personalData.readAll(resident1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personalData.save(resident1, data("x@example.jp"), 1))
                .isInstanceOf(AccessDeniedException.class);

        var events = fixtures.eventsAfter(before);
        assertThat(events).hasSize(PersonalData.Field.values().length + 2)
                .allSatisfy(e -> {
                    assertThat(e.outcome()).isEqualTo("DENIED");
                    assertThat(e.actorId()).isEqualTo(fixtures.id(username));
                });
        assertThat(events.getLast().action()).isEqualTo("PERSONAL_DATA_CHANGED");
    }

    /** P2: a designation is what opens the data, for a handler and for the manager alike. */
    @ParameterizedTest(name = "a designated {0} reads")
    @ValueSource(strings = {"CONTRACTOR_HANDLER", "CONTRACTOR_MANAGER"})
    void a_designated_handler_or_manager_reads_field_by_field_but_may_not_change_the_data(String role) {
        String handler = fixtures.newAccount(Role.valueOf(role));
        fixtures.designate(handler);
        long resident1 = fixtures.id("resident1");
        as(handler);

        assertThat(personalData.mayReadOthers()).isTrue();
        assertThat(personalData.readField(resident1, PersonalData.Field.ADDRESS).value()).contains("架空町1丁目");
        assertThatThrownBy(() -> personalData.save(resident1, data("x@example.jp"), 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_is_logged_once_with_the_names_of_the_changed_fields_only() {
        String resident = fixtures.newAcknowledgedResident();
        long id = fixtures.id(resident);
        as(resident);
        int version = personalData.save(id, data("first@example.jp"), 0);

        long before = fixtures.lastSeq();
        int next = personalData.save(id, data("second@example.jp"), version);

        assertThat(next).isEqualTo(version + 1);
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PERSONAL_DATA_CHANGED");
            assertThat(e.fields()).containsExactly("email");
            assertThat(e.objectId()).isEqualTo(String.valueOf(id));
        });
        long unchanged = fixtures.lastSeq();
        assertThat(personalData.save(id, data("second@example.jp"), next)).as("saving the same values").isEqualTo(next);
        assertThat(fixtures.eventsAfter(unchanged)).as("nothing changed, nothing logged").isEmpty();
    }

    /** Concurrent edits: the second save of the same version is refused and changes nothing. */
    @Test
    void a_stale_save_is_refused_and_the_newer_data_stays() {
        String resident = fixtures.newAcknowledgedResident();
        long id = fixtures.id(resident);
        as(resident);
        personalData.save(id, data("mine@example.jp"), 0);
        as("ward1");
        var opened = personalData.readAll(id);
        as(resident);
        personalData.save(id, data("newer@example.jp"), opened.version());

        as("ward1");
        assertThatThrownBy(() -> personalData.save(id, data("ward@example.jp"), opened.version()))
                .isInstanceOf(PersonalDataException.Stale.class)
                .satisfies(e -> assertThat(((PersonalDataException) e).problems()).extracting(p -> p.messageKey())
                        .containsExactly("privacy.error.stale"));
        assertThat(personalData.readField(id, PersonalData.Field.EMAIL).value()).isEqualTo("newer@example.jp");
        assertThatThrownBy(() -> personalData.save(id, data("again@example.jp"), 0))
                .as("a second 'first' save").isInstanceOf(PersonalDataException.Stale.class);
    }

    /** P6: nothing is collected before the person acknowledged the current purpose notice. */
    @Test
    void nothing_is_collected_before_the_resident_acknowledged_the_purpose_notice() {
        String resident = fixtures.newAccount(Role.RESIDENT);
        long id = fixtures.id(resident);
        as(resident);
        assertThat(purposeNotice.pendingForMe()).isTrue();
        assertThatThrownBy(() -> personalData.save(id, data("early@example.jp"), 0))
                .isInstanceOf(PersonalDataException.class).hasMessageContaining("privacy.error.purpose-notice");
        as("ward1");
        assertThatThrownBy(() -> personalData.save(id, data("early@example.jp"), 0))
                .isInstanceOf(PersonalDataException.class).hasMessageContaining("privacy.error.purpose-notice");
        assertThat(personalData.hasEntry(id)).isFalse();

        as(resident);
        long before = fixtures.lastSeq();
        purposeNotice.acknowledge();
        purposeNotice.acknowledge();
        assertThat(fixtures.eventsAfter(before)).as("once, however often it is clicked").singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("PURPOSE_NOTICE_ACKNOWLEDGED");
                    assertThat(e.objectId()).isEqualTo(PurposeNoticeService.CURRENT_VERSION);
                    assertThat(e.actorId()).isEqualTo(id);
                });
        assertThat(purposeNotice.pendingForMe()).isFalse();
        assertThat(purposeNotice.myAcknowledgement()).isPresent();
        assertThat(personalData.save(id, data("now@example.jp"), 0)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_every_reason_and_nothing_is_stored() {
        String resident = fixtures.newAcknowledgedResident();
        long id = fixtures.id(resident);
        as(resident);

        assertThatThrownBy(() -> personalData.save(id, new PersonalData("名前\u202Eevil", "やまだ", " ", "not-an-email",
                "call me"), 0))
                .isInstanceOf(PersonalDataException.class)
                .satisfies(e -> assertThat(((PersonalDataException) e).problems())
                        .extracting(p -> p.field().column() + " " + p.messageKey())
                        .containsExactlyInAnyOrder("full_name privacy.error.control-character",
                                "address privacy.error.required", "email privacy.error.email-shape",
                                "phone privacy.error.phone-shape"));
        assertThat(personalData.readAll(id).state()).isEqualTo(VaultState.ABSENT);
    }

    /**
     * P11, D1: a first save racing the cohort's forming leaves a member's entry under their own key
     * (here: the membership written behind the re-sealing's back); destroying the cohort key erases it too.
     */
    @Test
    void destroying_a_cohort_key_also_erases_a_member_whose_entry_missed_the_re_sealing() {
        String late = fixtures.newAcknowledgedResident();
        long id = fixtures.id(late);
        long cohort = fixtures.newCohort(List.of());
        as(late);
        personalData.save(id, data("late@example.jp"), 0);
        db.insertInto(PRIVACY_COHORT_MEMBER).set(PRIVACY_COHORT_MEMBER.COHORT_ID, cohort)
                .set(PRIVACY_COHORT_MEMBER.RESIDENT_ID, id).set(PRIVACY_COHORT_MEMBER.FISCAL_YEAR, 2999).execute();
        assertThat(keyOf(id)).isEqualTo(DataKeyScope.PERSON + ":" + id);
        as("ward1");

        personalData.destroyCohortKey(cohort);

        assertThat(personalData.readAll(id).state()).isEqualTo(VaultState.KEY_DESTROYED);
    }

    /** P11, D1: a cohort's residents move under its key, and destroying the key erases them all. */
    @Test
    void forming_a_cohort_moves_its_residents_under_its_key_and_destroying_that_key_leaves_reads_saying_so() {
        String first = fixtures.newAcknowledgedResident();
        String second = fixtures.newAcknowledgedResident();
        long a = fixtures.id(first);
        long b = fixtures.id(second);
        as(first);
        int versionA = personalData.save(a, data("a@example.jp"), 0);
        as(second);
        personalData.save(b, data("b@example.jp"), 0);
        assertThat(keyOf(a)).isEqualTo(DataKeyScope.PERSON + ":" + a);

        long cohort = fixtures.newCohort(List.of(a, b));

        assertThat(keyOf(a)).isEqualTo(DataKeyScope.COHORT + ":" + cohort);
        assertThat(keyOf(b)).isEqualTo(DataKeyScope.COHORT + ":" + cohort);
        assertThat(db.fetchValue(DATA_KEY.WRAPPED, DATA_KEY.SCOPE.eq(DataKeyScope.PERSON).and(DATA_KEY.SCOPE_ID.eq(a))))
                .as("the person key is destroyed").isNull();
        as("ward1");
        var moved = personalData.readAll(a);
        assertThat(moved.data().email()).isEqualTo("a@example.jp");
        assertThat(moved.version()).as("the values did not change, so a form opened before still saves")
                .isEqualTo(versionA);

        long before = fixtures.lastSeq();
        assertThat(personalData.destroyCohortKey(cohort)).isTrue();
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DATA_KEY_DESTROYED");
            assertThat(e.objectId()).isEqualTo("cohort:" + cohort);
        });
        assertThat(personalData.destroyCohortKey(cohort)).as("once only").isFalse();

        assertThat(personalData.readField(a, PersonalData.Field.EMAIL)).satisfies(r -> {
            assertThat(r.state()).isEqualTo(VaultState.KEY_DESTROYED);
            assertThat(r.value()).isNull();
        });
        assertThat(personalData.readAll(b).state()).isEqualTo(VaultState.KEY_DESTROYED);
        assertThatThrownBy(() -> personalData.save(b, data("b2@example.jp"), personalData.readAll(b).version()))
                .isInstanceOf(PersonalDataException.class).hasMessageContaining("privacy.error.key-destroyed");
        as(first);
        assertThat(personalData.readAll(a).state()).as("the owner too").isEqualTo(VaultState.KEY_DESTROYED);
    }

    /** P11, D1: the vault knows the cohort from CohortFormed alone; a member's first save goes under its key. */
    @Test
    void a_resident_who_joined_a_cohort_before_giving_data_is_sealed_under_the_cohort_key() {
        String joiner = fixtures.newAcknowledgedResident();
        long id = fixtures.id(joiner);
        long cohort = fixtures.newCohort(List.of(id));
        as(joiner);

        personalData.save(id, data("joiner@example.jp"), 0);

        assertThat(keyOf(id)).isEqualTo(DataKeyScope.COHORT + ":" + cohort);
        as("ward1");
        personalData.destroyCohortKey(cohort);
        assertThat(personalData.readAll(id).state()).isEqualTo(VaultState.KEY_DESTROYED);
    }

    @Test
    void the_vault_knows_every_cohort_member_the_edition_area_knows() {
        fixtures.newCohort(List.of(fixtures.id(fixtures.newAcknowledgedResident())));
        var editions = db.select(COHORT_MEMBER.COHORT_ID, COHORT_MEMBER.RESIDENT_ID).from(COHORT_MEMBER)
                .fetchSet(r -> r.value1() + "/" + r.value2());
        var vaults = db.select(PRIVACY_COHORT_MEMBER.COHORT_ID, PRIVACY_COHORT_MEMBER.RESIDENT_ID)
                .from(PRIVACY_COHORT_MEMBER).fetchSet(r -> r.value1() + "/" + r.value2());

        assertThat(editions).isNotEmpty();
        assertThat(vaults).containsAll(editions);
    }

    @Test
    void only_ward_staff_may_destroy_a_key() {
        String handler = fixtures.newAccount(Role.CONTRACTOR_HANDLER);
        fixtures.designate(handler);
        as(handler);
        assertThatThrownBy(() -> personalData.destroyCohortKey(1)).isInstanceOf(AccessDeniedException.class);
        as("resident1");
        assertThatThrownBy(() -> personalData.destroyCohortKey(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_resident_with_nothing_in_the_vault_reads_absent_not_an_error() {
        String resident = fixtures.newAcknowledgedResident();
        as("ward1");
        var reading = personalData.readField(fixtures.id(resident), PersonalData.Field.PHONE);
        assertThat(reading.state()).isEqualTo(VaultState.ABSENT);
        assertThat(reading.value()).isNull();
    }

    private String keyOf(long residentId) {
        var row = db.select(DATA_KEY.SCOPE, DATA_KEY.SCOPE_ID).from(VAULT_ENTRY).join(DATA_KEY)
                .on(DATA_KEY.ID.eq(VAULT_ENTRY.DATA_KEY_ID)).where(VAULT_ENTRY.ACCOUNT_ID.eq(residentId)).fetchOne();
        return row.value1() + ":" + row.value2();
    }
}
