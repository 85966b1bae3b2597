package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.account.MfaPending;
import jp.akapen.account.Role;
import jp.akapen.shared.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The password step of a two-step login is in the log even if the second step never comes (seed P3, P4). */
@AkapenSpringTest
class LoginAuditTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;

    @Test
    void a_right_password_awaiting_the_second_factor_leaves_one_entry_naming_the_account() {
        long ward = ((PortalUser) users.loadUserByUsername("ward1")).id();
        var pending = new MfaPending(ward, "ward1", Role.WARD_STAFF, true);
        var halfway = UsernamePasswordAuthenticationToken.authenticated(pending, null,
                List.of(new SimpleGrantedAuthority(MfaPending.AUTHORITY)));
        long before = db.fetchCount(AUDIT_EVENT);

        events.publishEvent(new InteractiveAuthenticationSuccessEvent(halfway, getClass()));

        var entries = db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(db.fetchCount(AUDIT_EVENT) - before)
                .fetch();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("LOGIN_PASSWORD_ACCEPTED");
            assertThat(e.getActorId()).isEqualTo(ward);
            assertThat(e.getActorRole()).isEqualTo("WARD_STAFF");
            assertThat(e.getObjectId()).isEqualTo(String.valueOf(ward));
            assertThat(e.getOutcome()).isEqualTo("SUCCESS");
        });
    }
}
