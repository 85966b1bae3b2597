package jp.akapen.privacy;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.HANDLER_DESIGNATION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.privacy.audit.AuditLogReader;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.shared.PortalUser;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test-only helpers for the vault's Spring tests: fresh accounts (so that no test depends on who the demo data
 * designates), handler designations written straight into the register's table (the register's own service is
 * another engineer's; the vault only asks {@link HandlerRegister#isActive}), and the audit events a step added.
 */
public class VaultFixtures {

    /** Fiscal years no demo or other test uses; cohorts of fresh residents only. */
    private static final AtomicInteger YEAR = new AtomicInteger(2900 + (int) (Math.random() * 50));

    private final AccountService accounts;
    private final UserDetailsService users;
    private final DSLContext db;
    private final EditionService editions;
    private final PurposeNoticeService purposeNotice;

    /** Built from the one shared test context (a test configuration of its own would start a second context). */
    public VaultFixtures(ApplicationContext context) {
        this.accounts = context.getBean(AccountService.class);
        this.users = context.getBean(UserDetailsService.class);
        this.db = context.getBean(DSLContext.class);
        this.editions = context.getBean(EditionService.class);
        this.purposeNotice = context.getBean(PurposeNoticeService.class);
    }

    /** A new account of the role; returns its username. */
    public String newAccount(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(username, "筆名" + username.substring(username.length() - 4), role,
                "a long enough passphrase"), true);
        return username;
    }

    /** A new resident who has acknowledged the purpose notice; signs them out again. */
    public String newAcknowledgedResident() {
        String username = newAccount(Role.RESIDENT);
        TestSupport.signIn(users, username);
        purposeNotice.acknowledge();
        TestSupport.signOut();
        return username;
    }

    public long id(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).id();
    }

    /** A designation from yesterday, open-ended, made by the demo manager. */
    public void designate(String username) {
        long manager = id("manager");
        db.insertInto(HANDLER_DESIGNATION)
                .set(HANDLER_DESIGNATION.ACCOUNT_ID, id(username))
                .set(HANDLER_DESIGNATION.STARTS_ON, LocalDate.now().minusDays(1))
                .set(HANDLER_DESIGNATION.DESIGNATED_BY, manager)
                .set(HANDLER_DESIGNATION.DESIGNATED_AT, Instant.now())
                .execute();
    }

    /** A cohort of a fiscal year nobody else uses, created by ward1 (who stays signed in). */
    public long newCohort(List<Long> residentIds) {
        TestSupport.signIn(users, "ward1");
        return TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year, LocalDate.of(year, 4, 1),
                LocalDate.of(year + 1, 3, 31), "あかね編集室（テスト）", residentIds))).id();
    }

    public long lastSeq() {
        Long seq = db.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne().value1();
        return seq == null ? 0 : seq;
    }

    /** The audit events written after {@code seq}, oldest first. */
    public List<AuditEvent> eventsAfter(long seq) {
        return AuditLogReader.eventsAfter(db, seq);
    }
}
