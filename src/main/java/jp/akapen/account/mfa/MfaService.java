package jp.akapen.account.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.akapen.account.AccountChanged;
import jp.akapen.account.AkapenUser;
import jp.akapen.account.MfaAttempted;
import jp.akapen.account.MfaAttempted.Kind;
import jp.akapen.account.MfaPending;
import jp.akapen.account.MfaSecretSealer;
import jp.akapen.account.MfaThrottle;
import jp.akapen.account.Role;
import jp.akapen.account.SignInAccounts;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (seed P3, ASVS L2 V2.7/V2.8): enrolling a TOTP app, signing in with its code or
 * a recovery code, renewing recovery codes. Two kinds of caller: a signed-in user, and someone
 * halfway through signing in ({@link MfaPending}), who may enrol only while not enrolled and
 * otherwise only give a code. Every confirmation and code attempt is published as
 * {@link MfaAttempted} for the audit log; no code or secret is ever logged or published.
 */
@Service
@Transactional
public class MfaService {

    static final String ISSUER = "Akapen";
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MfaRepository credentials;
    private final SignInAccounts accounts;
    private final MfaPolicy policy;
    private final MfaThrottle throttle;
    private final NotificationService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MfaSecretSealer secrets;
    private final Totp totp = new Totp();

    MfaService(MfaRepository credentials, SignInAccounts accounts, MfaPolicy policy, MfaThrottle throttle,
            NotificationService notices, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<MfaSecretSealer> sealer) {
        this.credentials = credentials;
        this.accounts = accounts;
        this.policy = policy;
        this.throttle = throttle;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.secrets = sealer.getIfAvailable(() -> MfaSecretSealer.PLAIN);
    }

    private record Actor(long id, String username, Role role, boolean pending) {
    }

    /**
     * Whether the password alone must not sign this user in: they enrolled, or their role requires
     * a second factor. Asked by the login, before anyone is signed in.
     */
    @Transactional(readOnly = true)
    public Optional<MfaPending> pendingFor(AkapenUser user) {
        boolean enrolled = credentials.enrolled(user.id());
        // a reset's one-time code signs nobody in: it only lets them set a new password first
        if (enrolled || user.resetPending() || policy.requiredFor(user.accountRole())) {
            return Optional.of(new MfaPending(user.id(), user.getUsername(), user.accountRole(), enrolled,
                    user.sessionEpoch()));
        }
        return Optional.empty();
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF, MfaPending.AUTHORITY})
    @Transactional(readOnly = true)
    public MfaStatus status() {
        Actor me = actor();
        var credential = credentials.find(me.id());
        return new MfaStatus(credential.isPresent(), credential.map(MfaRepository.Credential::enrolledAt).orElse(null),
                credentials.unusedRecoveryCodes(me.id()), policy.requiredFor(me.role()));
    }

    /** A fresh secret for the current person; nothing is stored until a code made from it is confirmed. */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF, MfaPending.AUTHORITY})
    @Transactional(readOnly = true)
    public MfaEnrolment beginEnrolment() {
        Actor me = actor();
        refuseReenrolmentWithoutSecondFactor(me);
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = Base32.encode(secret);
        return new MfaEnrolment(me.id(), encoded, otpauthUri(me.username(), encoded));
    }

    /** A first enrolment: no credential yet, so nothing current to prove. */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF, MfaPending.AUTHORITY})
    public MfaOutcome<MfaEnrolled> confirmEnrolment(MfaEnrolment enrolment, String code) {
        return confirmEnrolment(enrolment, code, null);
    }

    /**
     * Stores the credential once the person shows a code their app made from it, with ten new
     * recovery codes (replacing any earlier credential and codes). Replacing a credential also
     * takes a current code from the old app or a recovery code, counted by the wrong-code
     * throttle, so that a stolen session cannot take the second factor over (seed P3, ASVS L2
     * V2.7/V2.8). The new code is checked first, so a mistyped one spends no current code.
     */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF, MfaPending.AUTHORITY})
    public MfaOutcome<MfaEnrolled> confirmEnrolment(MfaEnrolment enrolment, String code, String currentCode) {
        Actor me = actor();
        if (enrolment == null || enrolment.accountId() != me.id()) {
            throw new AccessDeniedException("Enrolment of another account");
        }
        refuseReenrolmentWithoutSecondFactor(me);
        if (me.pending() && accounts.resetPending(me.id())) {
            throw new AccessDeniedException("Set a new password first");
        }
        var current = credentials.find(me.id());
        String typed = digits(code);
        if (!Totp.CODE.matcher(typed).matches()) {
            return MfaOutcome.refused("mfa.code.malformed");
        }
        OptionalLong step = totp.match(Base32.decode(enrolment.secret()), typed, clock.instant(), null);
        if (step.isEmpty()) {
            publish(me, Kind.ENROLMENT, false);
            return MfaOutcome.refused("mfa.code.wrong");
        }
        if (current.isPresent()) {
            var proof = checkCurrentCode(me, current.get(), currentCode, true);
            if (!proof.accepted()) {
                return proof.retryAt() != null ? MfaOutcome.paused(proof.retryAt())
                        : MfaOutcome.refused("mfa.enrol.current.wrong");
            }
        }
        publish(me, Kind.ENROLMENT, true);
        credentials.enrol(me.id(), secrets.seal(me.id(), enrolment.secret()), step.getAsLong(), clock.instant());
        List<String> codes = newRecoveryCodes(me.id());
        notices.notifyAccount(me.id(), "notice.account.mfa-enrolled", null);
        return MfaOutcome.accepted(new MfaEnrolled(codes,
                me.pending() ? Optional.of(fullUser(me.id(), true)) : Optional.empty()));
    }

    /**
     * The second step of signing in: a code from the app (six digits) or a recovery code. On
     * success, the user to sign in as; wrong codes count towards a pause.
     */
    @Secured(MfaPending.AUTHORITY)
    // No transaction around the whole step: each write in it is one statement, and the throttle takes a
    // connection of its own, so holding a second one here would let a burst of attempts empty the pool.
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public MfaOutcome<AkapenUser> completeSignIn(String code) {
        Actor me = actor();
        var credential = credentials.find(me.id())
                .orElseThrow(() -> new AccessDeniedException("Not enrolled: enrol first"));
        var proof = checkCurrentCode(me, credential, code, true);
        if (!proof.accepted()) {
            return refusal(proof);
        }
        if (proof.value() == Kind.RECOVERY_CODE) {
            notices.notifyAccount(me.id(), "notice.account.mfa-recovery-code-used", null,
                    Integer.toString(credentials.unusedRecoveryCodes(me.id())));
        }
        return MfaOutcome.accepted(fullUser(me.id(), true));
    }

    /** Whether the person halfway through signing in came with a reset's one-time code and must set a password. */
    @Secured(MfaPending.AUTHORITY)
    @Transactional(readOnly = true)
    public boolean resetPending() {
        return accounts.resetPending(actor().id());
    }

    /**
     * After a reset (issue 24): the person, signed in halfway with the one-time code, sets a new
     * password. Then, where their role needs a second factor, they set up a new authenticator
     * (empty: enrol next); otherwise the user to sign in as. Refusals of the password policy are
     * thrown as {@link jp.akapen.account.AccountException}.
     */
    @Secured(MfaPending.AUTHORITY)
    public Optional<AkapenUser> finishReset(String newPassword) {
        Actor me = actor();
        accounts.finishReset(me.id(), newPassword);
        if (credentials.enrolled(me.id()) || policy.requiredFor(me.role())) {
            return Optional.empty();
        }
        return Optional.of(fullUser(me.id(), false));
    }

    /** A reset removes the lost authenticator and its recovery codes with the old password. */
    @org.springframework.context.event.EventListener
    void accountChanged(AccountChanged changed) {
        if (changed.kind() == AccountChanged.Kind.SIGN_IN_RESET) {
            credentials.forget(changed.accountId());
        }
    }

    /** Ten new recovery codes, replacing the old ones; asks for a current code from the app first. */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    public MfaOutcome<List<String>> renewRecoveryCodes(String code) {
        Actor me = actor();
        var credential = credentials.find(me.id()).orElseThrow(() -> new AccessDeniedException("Not enrolled"));
        var proof = checkCurrentCode(me, credential, code, false);
        if (!proof.accepted()) {
            return refusal(proof);
        }
        List<String> codes = newRecoveryCodes(me.id());
        notices.notifyAccount(me.id(), "notice.account.mfa-recovery-codes-renewed", null);
        return MfaOutcome.accepted(codes);
    }

    /**
     * A code from the app (or, where allowed, a recovery code) for the credential already set up.
     * The attempt is checked against the pause and counted in one transaction under a row lock
     * before the code is checked, so parallel attempts cannot all pass the check (seed P3, ASVS L2
     * 2.2.1); the throttle is updated before the attempt is published, as the audit listener takes
     * a global writers' lock. Accepted with the kind of code that was right.
     */
    private MfaOutcome<Kind> checkCurrentCode(Actor me, MfaRepository.Credential credential, String code,
            boolean recoveryAllowed) {
        String typed = digits(code);
        boolean oneTime = Totp.CODE.matcher(typed).matches();
        String recovery = oneTime || !recoveryAllowed ? null : RecoveryCodes.normalise(code);
        if (!oneTime && recovery == null) {
            return MfaOutcome.refused("mfa.code.malformed");
        }
        Kind kind = oneTime ? Kind.ONE_TIME_CODE : Kind.RECOVERY_CODE;
        var attempt = throttle.attempt(me.id());
        if (attempt.paused()) {
            publish(me, kind, false);
            return MfaOutcome.paused(attempt.pausedUntil());
        }
        String problem = oneTime ? checkOneTimeCode(credential, typed) : checkRecoveryCode(me.id(), recovery);
        if (problem != null) {
            publish(me, kind, false);
            return attempt.pauseIfWrong() != null ? MfaOutcome.paused(attempt.pauseIfWrong()) : MfaOutcome.refused(problem);
        }
        throttle.recordSuccess(me.id());
        publish(me, kind, true);
        return MfaOutcome.accepted(kind);
    }

    private static <T> MfaOutcome<T> refusal(MfaOutcome<?> refused) {
        return new MfaOutcome<>(null, refused.problemKey(), refused.retryAt());
    }

    private String checkOneTimeCode(MfaRepository.Credential credential, String typed) {
        byte[] secret = Base32.decode(secrets.open(credential.accountId(), credential.secret()));
        OptionalLong step = totp.match(secret, typed, clock.instant(), credential.lastUsedStep());
        if (step.isPresent() && credentials.useStep(credential.accountId(), step.getAsLong())) {
            return null;
        }
        boolean usedBefore = totp.match(secret, typed, clock.instant(), null).isPresent();
        return usedBefore ? "mfa.code.used" : "mfa.code.wrong";
    }

    private String checkRecoveryCode(long accountId, String normalised) {
        return credentials.useRecoveryCode(accountId, RecoveryCodes.hash(normalised), clock.instant())
                ? null : "mfa.recovery.wrong";
    }

    private List<String> newRecoveryCodes(long accountId) {
        List<String> codes = RecoveryCodes.generate();
        credentials.replaceRecoveryCodes(accountId,
                codes.stream().map(RecoveryCodes::normalise).map(RecoveryCodes::hash).toList(), clock.instant());
        return codes;
    }

    /** Password alone must never replace a second factor already set up (ASVS 2.5.x). */
    private void refuseReenrolmentWithoutSecondFactor(Actor me) {
        if (me.pending() && credentials.enrolled(me.id())) {
            throw new AccessDeniedException("Already enrolled: sign in with a code first");
        }
    }

    private AkapenUser fullUser(long accountId, boolean secondFactor) {
        return accounts.enabledUser(accountId, secondFactor)
                .orElseThrow(() -> new AccessDeniedException("Account disabled or reset"));
    }

    private void publish(Actor me, Kind kind, boolean succeeded) {
        events.publishEvent(new MfaAttempted(me.id(), me.role().name(), kind, succeeded));
    }

    private Actor actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MfaPending pending) {
            return new Actor(pending.accountId(), pending.username(), pending.role(), true);
        }
        var user = SignedIn.require();
        String username = user instanceof AkapenUser akapen ? akapen.getUsername()
                : accounts.username(user.id()).orElseThrow();
        return new Actor(user.id(), username, Role.of(user.role()), false);
    }

    static String otpauthUri(String username, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
    }

    /** Six digits as typed: spaces dropped, full-width digits (from a Japanese IME) made ASCII. */
    static String digits(String code) {
        if (code == null) {
            return "";
        }
        var out = new StringBuilder();
        code.strip().codePoints().filter(c -> !Character.isWhitespace(c))
                .map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
