package jp.akapen.account.mfa;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.DATA_KEY;
import static jp.akapen.db.Tables.MFA_CREDENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.AkapenUser;
import jp.akapen.account.MfaPending;
import jp.akapen.account.MfaSecretSealer;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.privacy.vault.PortalRotation;
import jp.akapen.privacy.vault.crypto.MasterKey;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Seed P3, P11, issue 24: TOTP secrets are stored sealed under a data key wrapped by the vault's master key; those
 * stored plain before are sealed in place at start-up and keep working; signing in with the app still works after a
 * master-key rotation.
 */
@AkapenSpringTest
class SealedTotpSecretsTest {

    @Autowired
    MfaService mfa;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestSupport.MovableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Autowired
    DSLContext db;

    @Autowired
    MfaSecretSealer sealer;

    @Autowired
    StoredSecretsSealing sealing;

    @Autowired
    MasterKey master;

    @Autowired
    ApplicationContext context;

    final Totp totp = new Totp();

    AkapenUser newHandler() {
        String name = "seal" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(name, "封印 テスト", Role.CONTRACTOR_HANDLER, "unused demo-like passphrase"), true);
        return (AkapenUser) users.loadUserByUsername(name);
    }

    MfaEnrolment enrol(AkapenUser user) {
        TestSupport.signIn(users, user.getUsername());
        var enrolment = mfa.beginEnrolment();
        assertThat(mfa.confirmEnrolment(enrolment, totp.codeAt(Base32.decode(enrolment.secret()), clock.instant()))
                .accepted()).isTrue();
        TestSupport.signOut();
        return enrolment;
    }

    /** Half a minute later, halfway through signing in, then the app's code: whether it signs the user in. */
    boolean signsIn(AkapenUser user, String secret) {
        clock.advance(Totp.STEP);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(mfa.pendingFor(user).orElseThrow(), null,
                MfaPending.AUTHORITY));
        SecurityContextHolder.setContext(context);
        try {
            return mfa.completeSignIn(totp.codeAt(Base32.decode(secret), clock.instant())).accepted();
        } finally {
            TestSupport.signOut();
        }
    }

    String stored(long accountId) {
        return db.fetchValue(MFA_CREDENTIAL.SECRET, MFA_CREDENTIAL.ACCOUNT_ID.eq(accountId));
    }

    int audited(String action) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action));
    }

    @Test
    void an_enrolled_secret_is_stored_sealed_and_the_app_still_signs_in() {
        var user = newHandler();
        var enrolment = enrol(user);

        assertThat(stored(user.id())).startsWith("sealed-v1:").doesNotContain(enrolment.secret());
        assertThat(sealer.open(user.id(), stored(user.id()))).isEqualTo(enrolment.secret());
        assertThat(signsIn(user, enrolment.secret())).isTrue();
    }

    @Test
    void a_sealed_secret_copied_to_another_account_does_not_open() {
        var owner = newHandler();
        var enrolment = enrol(owner);
        var other = newHandler();

        assertThatThrownBy(() -> sealer.open(other.id(), stored(owner.id())))
                .isInstanceOf(jp.akapen.privacy.vault.crypto.VaultException.class);
        assertThat(sealer.open(owner.id(), stored(owner.id()))).isEqualTo(enrolment.secret());
    }

    @Test
    void a_secret_stored_plain_before_sealing_still_signs_in_and_is_sealed_in_place_once_and_audited_once() {
        var user = newHandler();
        var enrolment = enrol(user);
        db.update(MFA_CREDENTIAL).set(MFA_CREDENTIAL.SECRET, enrolment.secret())
                .where(MFA_CREDENTIAL.ACCOUNT_ID.eq(user.id())).execute(); // as V008 stored it
        int auditedBefore = audited("MFA_SECRETS_SEALED");

        assertThat(signsIn(user, enrolment.secret())).as("plain, before the start-up sealing").isTrue();
        assertThat(sealing.sealStoredSecrets()).isEqualTo(1);

        assertThat(stored(user.id())).startsWith("sealed-v1:").doesNotContain(enrolment.secret());
        assertThat(signsIn(user, enrolment.secret())).as("sealed in place").isTrue();
        assertThat(audited("MFA_SECRETS_SEALED")).isEqualTo(auditedBefore + 1);
        assertThat(db.fetchValue(AUDIT_EVENT.FIELDS, AUDIT_EVENT.ACTION.eq("MFA_SECRETS_SEALED")
                .and(AUDIT_EVENT.SEQ.eq(db.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.ACTION.eq("MFA_SECRETS_SEALED")))))).contains("count_1");

        assertThat(sealing.sealStoredSecrets()).as("the next start").isZero();
        assertThat(audited("MFA_SECRETS_SEALED")).as("nothing to log the second time").isEqualTo(auditedBefore + 1);
    }

    @Test
    void after_a_master_key_rotation_every_key_is_under_the_new_master_key_and_the_app_still_signs_in() {
        var user = newHandler();
        var enrolment = enrol(user);
        MasterKey next = MasterKey.generate(new SecureRandom());
        int started = audited("MASTER_KEY_ROTATION_STARTED");
        int finished = audited("MASTER_KEY_ROTATION_FINISHED");
        int live = db.fetchCount(DATA_KEY, DATA_KEY.WRAPPED.isNotNull());
        try {
            assertThat(PortalRotation.rotateTo(context, next)).isEqualTo(live);

            assertThat(db.selectDistinct(DATA_KEY.MASTER_KEY).from(DATA_KEY).where(DATA_KEY.WRAPPED.isNotNull()).fetch(DATA_KEY.MASTER_KEY))
                    .containsExactly(next.fingerprint());
            assertThat(signsIn(user, enrolment.secret())).isTrue();
            assertThat(audited("MASTER_KEY_ROTATION_STARTED")).isEqualTo(started + 1);
            assertThat(audited("MASTER_KEY_ROTATION_FINISHED")).isEqualTo(finished + 1);
            var last = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("MASTER_KEY_ROTATION_FINISHED"))
                    .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
            assertThat(last.getObjectType() + ":" + last.getObjectId()).isEqualTo("master_key:" + next.fingerprint());
            assertThat(last.getFields()).contains("rewrapped_" + live).contains("remaining_0");
            assertThat(PortalRotation.rotateTo(context, next)).as("a second run finds nothing to do").isZero();
        } finally {
            PortalRotation.rotateTo(context, master); // the other tests share this database and its master key
        }
        assertThat(db.selectDistinct(DATA_KEY.MASTER_KEY).from(DATA_KEY).where(DATA_KEY.WRAPPED.isNotNull()).fetch(DATA_KEY.MASTER_KEY))
                .containsExactly(master.fingerprint());
        assertThat(signsIn(user, enrolment.secret())).isTrue();
    }
}
