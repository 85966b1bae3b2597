package jp.akapen.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import jp.akapen.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Who must use a second factor, and the default that depends on demo mode (seed P3). */
class MfaPolicyTest {

    @Test
    void outside_demo_mode_handlers_the_manager_and_ward_staff_must_use_a_second_factor_by_default() {
        var policy = new MfaPolicy(new MockEnvironment());
        assertThat(policy.required()).isTrue();
        assertThat(Role.values()).filteredOn(policy::requiredFor)
                .containsExactlyInAnyOrder(Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_MANAGER, Role.WARD_STAFF);
    }

    @Test
    void in_demo_mode_nobody_must_by_default() {
        var policy = new MfaPolicy(new MockEnvironment().withProperty("akapen.demo", "true"));
        assertThat(policy.required()).isFalse();
        assertThat(Role.values()).noneMatch(policy::requiredFor);
    }

    @Test
    void an_explicit_setting_wins_over_the_default_either_way() {
        assertThat(new MfaPolicy(new MockEnvironment().withProperty("akapen.demo", "true")
                .withProperty("akapen.security.mfa-required", "true")).required()).isTrue();
        assertThat(new MfaPolicy(new MockEnvironment()
                .withProperty("akapen.security.mfa-required", "false")).required()).isFalse();
    }

    @Test
    void a_test_that_switches_the_requirement_can_restore_the_configured_value() {
        var policy = new MfaPolicy(new MockEnvironment().withProperty("akapen.demo", "true"));
        policy.require(true);
        assertThat(policy.requiredFor(Role.WARD_STAFF)).isTrue();
        assertThat(policy.requiredFor(Role.RESIDENT)).isFalse();
        policy.reset();
        assertThat(policy.required()).isFalse();
    }
}
