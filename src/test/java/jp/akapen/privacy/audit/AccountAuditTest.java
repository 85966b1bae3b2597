package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Account;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.shared.db.DatabaseRestored;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues 19 and 20 (P4): account changes and a restore are audit events, and the chain stays intact. */
@AkapenSpringTest
class AccountAuditTest {

    static final String PASSWORD = "ずっと長い合言葉-2026-akapen";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void creating_a_resident_is_recorded_with_who_created_her() {
        var ward = TestSupport.signIn(users, "ward1");
        Account created = accounts.create(new NewAccount("res-" + UUID.randomUUID().toString().substring(0, 8),
                "みどり", Role.RESIDENT, PASSWORD));

        var row = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("ACCOUNT_CREATED"))
                .and(AUDIT_EVENT.OBJECT_ID.eq(Long.toString(created.id()))).fetchOne();
        assertThat(row).isNotNull();
        assertThat(row.getObjectType()).isEqualTo("account");
        assertThat(row.getActorRole()).isEqualTo("WARD_STAFF");
        assertThat(row.getActorId()).isEqualTo(((jp.akapen.shared.PortalUser) ward).id());
        assertThat(row.getFields()).doesNotContain("みどり");
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void changing_ones_password_is_recorded() {
        var ward = TestSupport.signIn(users, "ward1");
        String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        Account created = accounts.create(new NewAccount(name, "パスワード係", Role.RESIDENT, PASSWORD));
        TestSupport.signIn(users, name);
        accounts.changeOwnPassword(PASSWORD, PASSWORD + "-新");

        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCOUNT_PASSWORD_CHANGED")
                .and(AUDIT_EVENT.OBJECT_ID.eq(Long.toString(created.id())))
                .and(AUDIT_EVENT.ACTOR_ID.eq(created.id())))).isEqualTo(1);
        assertThat(ward).isNotNull();
    }

    @Test
    void a_restore_is_recorded_after_the_restored_chain() {
        TestSupport.signOut();
        transactions.executeWithoutResult(status -> events.publishEvent(new DatabaseRestored(
                "akapen-20261204-023000Z.backup", "ab".repeat(32), Instant.parse("2026-12-04T02:30:00Z"), "9",
                Instant.now())));

        var row = db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
        assertThat(row.getAction()).isEqualTo("DATABASE_RESTORED");
        assertThat(row.getObjectId()).isEqualTo("akapen-20261204-023000Z.backup");
        TestSupport.signIn(users, "ward1");
        assertThat(auditLog.verify().intact()).isTrue();
    }
}
