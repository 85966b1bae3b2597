package jp.akapen.account.mfa;

import java.util.EnumSet;
import java.util.Set;
import jp.akapen.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who must sign in with a second factor (seed P3, ASVS L2): the contractor's handlers and
 * manager and the ward's staff, who may see residents' personal data, when
 * {@code akapen.security.mfa-required} is true. Unset, it is true unless {@code akapen.demo} is,
 * so that a production installation never runs without it by omission. Anyone who has enrolled
 * uses it whatever this says.
 */
@Component
public class MfaPolicy {

    static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_MANAGER, Role.WARD_STAFF);

    private static final Logger log = LoggerFactory.getLogger(MfaPolicy.class);

    private final boolean configured;
    private volatile boolean required;

    MfaPolicy(Environment environment) {
        Boolean explicit = environment.getProperty("akapen.security.mfa-required", Boolean.class);
        boolean demo = environment.getProperty("akapen.demo", Boolean.class, false);
        configured = explicit != null ? explicit : !demo;
        required = configured;
        log.info("Second factor required for handlers, the manager and ward staff: {}", configured);
    }

    public boolean required() {
        return required;
    }

    public boolean requiredFor(Role role) {
        return required && REQUIRED_FOR.contains(role);
    }

    /** Tests switch the requirement to try both paths; {@link #reset()} restores the configured value. */
    void require(boolean required) {
        this.required = required;
    }

    void reset() {
        required = configured;
    }
}
