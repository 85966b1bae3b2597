package jp.akapen.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    static final Instant T0 = Instant.parse("2026-12-04T01:00:00Z");

    static Account account(long id, Role role) {
        return new Account(id, "u" + id, "User " + id, role, true, T0, null);
    }

    @Test
    void the_manager_acts_on_contractor_staff_and_handlers_only() {
        assertThat(AccountRules.refusal(1, Role.CONTRACTOR_MANAGER, account(2, Role.CONTRACTOR_STAFF))).isEmpty();
        assertThat(AccountRules.refusal(1, Role.CONTRACTOR_MANAGER, account(2, Role.CONTRACTOR_HANDLER))).isEmpty();
        for (Role other : new Role[] {Role.RESIDENT, Role.WARD_STAFF, Role.CONTRACTOR_MANAGER}) {
            assertThat(AccountRules.refusal(1, Role.CONTRACTOR_MANAGER, account(2, other))).as("%s", other)
                    .contains("account.manage.not-yours");
        }
    }

    @Test
    void ward_staff_act_on_residents_and_the_manager_only() {
        assertThat(AccountRules.refusal(1, Role.WARD_STAFF, account(2, Role.RESIDENT))).isEmpty();
        assertThat(AccountRules.refusal(1, Role.WARD_STAFF, account(2, Role.CONTRACTOR_MANAGER))).isEmpty();
        for (Role other : new Role[] {Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_STAFF, Role.WARD_STAFF}) {
            assertThat(AccountRules.refusal(1, Role.WARD_STAFF, account(2, other))).as("%s", other)
                    .contains("account.manage.not-yours");
        }
    }

    @Test
    void nobody_acts_on_their_own_account_and_the_other_roles_on_nobody() {
        assertThat(AccountRules.refusal(7, Role.WARD_STAFF, account(7, Role.WARD_STAFF))).contains("account.manage.own");
        assertThat(AccountRules.refusal(7, Role.CONTRACTOR_MANAGER, account(7, Role.CONTRACTOR_MANAGER)))
                .contains("account.manage.own");
        for (Role role : new Role[] {Role.RESIDENT, Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_STAFF}) {
            for (Role target : Role.values()) {
                assertThat(AccountRules.refusal(1, role, account(2, target))).as("%s on %s", role, target).isPresent();
            }
        }
    }

    @Test
    void a_sign_in_counts_as_recent_for_ten_minutes_and_not_a_moment_longer() {
        assertThat(AccountRules.signedInRecently(T0, T0)).isTrue();
        assertThat(AccountRules.signedInRecently(T0, T0.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(AccountRules.signedInRecently(T0, T0.plus(Duration.ofMinutes(10)).plusMillis(1))).isFalse();
        assertThat(AccountRules.signedInRecently(null, T0)).isFalse();
    }

    @Test
    void reset_codes_are_sixteen_characters_without_look_alikes_and_never_printed() {
        String code = ResetCode.generate();
        assertThat(code).matches("[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}");
        assertThat(ResetCode.generate()).isNotEqualTo(code);
        assertThat(new ResetCode(code, T0).toString()).doesNotContain(code);
    }
}
