package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.shared.Roles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * The scheduled verification (seed P4): it logs each run, tells ward staff of a break once, and
 * moves the checkpoint only over an intact chain. Also: a login failure Spring has no event class
 * for still reaches the log.
 */
@AkapenSpringTest
class AuditChainScheduleTest {

    @Autowired
    AuditChainSchedule schedule;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRepository repository;

    @Autowired
    AuditCheckpointRepository checkpoints;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    AuthenticationEventPublisher loginEvents;

    long end() {
        return repository.last().map(AuditEvent::seq).orElse(0L);
    }

    List<AuditEvent> since(long seq) {
        return repository.find(AUDIT_EVENT.SEQ.gt(seq), 0, 100).reversed();
    }

    int brokenNotices() {
        return db.fetchCount(NOTICE, NOTICE.MESSAGE_KEY.eq("audit.notice.broken.hash_mismatch")
                .and(NOTICE.RECIPIENT_ROLE.eq(Roles.WARD_STAFF)));
    }

    @Test
    void an_intact_run_is_logged_and_moves_the_checkpoint_to_the_end() {
        trail.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, "personal_data", 1, List.of("email")),
                AuditActor.NOBODY);
        long last = end();

        schedule.verify();

        assertThat(checkpoints.read()).hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(last));
        assertThat(since(last)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("AUDIT_CHAIN_VERIFIED");
            assertThat(e.outcome()).isEqualTo("SUCCESS");
            assertThat(e.objectId()).isEqualTo(String.valueOf(last));
            assertThat(e.actorId()).isNull();
        });
    }

    @Test
    void a_break_is_logged_each_run_but_told_to_the_ward_once_and_leaves_the_checkpoint() throws Exception {
        var target = trail.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, "personal_data", "s1", List.of("email")),
                AuditActor.NOBODY);
        schedule.verify();
        var checkpointBefore = checkpoints.read().orElseThrow();
        int noticesBefore = brokenNotices();
        long start = end();
        try (var tampering = new AuditTampering(TestSupport.owner(context))) {
            tampering.change(target.seq(), "fields", "address");
            try {
                schedule.verify();
                schedule.verify();
            } finally {
                tampering.change(target.seq(), "fields", "email");
            }
        }
        assertThat(since(start)).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("AUDIT_CHAIN_VERIFIED");
            assertThat(e.outcome()).isEqualTo("FAILED");
            assertThat(e.objectId()).isEqualTo(String.valueOf(target.seq()));
        });
        assertThat(brokenNotices()).isEqualTo(noticesBefore + 1);
        assertThat(checkpoints.read()).contains(checkpointBefore);

        schedule.verify();
        assertThat(checkpoints.read().orElseThrow().seq()).isGreaterThan(checkpointBefore.seq());
    }

    @Test
    void a_login_failure_without_an_event_class_of_its_own_is_logged_as_denied() {
        long start = end();

        loginEvents.publishAuthenticationFailure(new AuthenticationException("paused") {
        }, UsernamePasswordAuthenticationToken.unauthenticated("handler2", "whatever"));

        assertThat(since(start)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILED");
            assertThat(e.outcome()).isEqualTo("DENIED");
            assertThat(e.actorRole()).isEqualTo("CONTRACTOR_HANDLER");
        });
    }
}
