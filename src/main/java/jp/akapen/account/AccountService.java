package jp.akapen.account;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import jp.akapen.shared.AccessDenied;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts and changing passwords. Ward staff create residents, the contractor's manager
 * and ward colleagues; the contractor's manager creates contractor staff (seed R2, P3).
 */
@Service
@Transactional
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int DISPLAY_NAME_MAX = 100;
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final NotificationService notices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, NotificationService notices, Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    /** The accounts the signed-in manager of accounts may see: ward staff see all, the manager the contractor's. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public List<Account> manageableAccounts() {
        Role me = currentRole();
        if (me == Role.WARD_STAFF) {
            return accounts.findByRoles(List.of(Role.values()));
        }
        return accounts.findByRoles(List.of(Role.CONTRACTOR_MANAGER, Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_STAFF));
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Account create(NewAccount request) {
        var creator = SignedIn.require();
        if (!Role.of(creator.role()).mayCreate().contains(request.role())) {
            // logged as what was asked for, once (seed P4): the page must not log it again as its route
            events.publishEvent(new AccessDenied("method:AccountService.create(" + request.role().name() + ")"));
            throw new LoggedRefusal(creator.role() + " may not create " + request.role());
        }
        Account created = insertChecked(request, creator.id());
        events.publishEvent(new AccountChanged(created.id(), created.role().name(), AccountChanged.Kind.CREATED, creator.id()));
        notices.notifyAccount(created.id(), "notice.account.welcome", null, created.displayName());
        return created;
    }

    /** Roles the signed-in user may give to new accounts. */
    @Transactional(readOnly = true)
    public List<Role> creatableRoles() {
        return List.copyOf(currentRole().mayCreate());
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        var me = SignedIn.require();
        var stored = accounts.findStored(me.id()).orElseThrow(() -> new AccessDeniedException("Account vanished"));
        if (!passwords.matches(currentPassword, stored.passwordHash())) {
            throw new AccountException("password.current-wrong");
        }
        var problems = new ArrayList<>(PasswordPolicy.violations(stored.account().username(), newPassword));
        if (problems.isEmpty() && passwords.matches(newPassword, stored.passwordHash())) {
            problems.add("password.same-as-before");
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        if (!accounts.replacePasswordHash(me.id(), stored.passwordHash(), passwords.encode(newPassword), clock.instant())) {
            throw new AccountException("password.changed-meanwhile");
        }
        events.publishEvent(new AccountChanged(me.id(), me.role(), AccountChanged.Kind.PASSWORD_CHANGED, me.id()));
        notices.notifyAccount(me.id(), "notice.account.password-changed", null);
    }

    /**
     * Accounts that exist before anyone can sign in: the first ward account of an installation and
     * the demo cohort. Not reachable from any view; the password policy still applies unless the
     * caller is seeding documented demo data.
     */
    public Account bootstrap(NewAccount request, boolean demo) {
        return bootstrap(request, demo, passwords::encode);
    }

    /**
     * The demo cohort's accounts, in order: they share one published password, which is hashed once rather than once
     * per account (an Argon2id hash takes a tenth of a second, several times that in a JVM just started; issue 17).
     */
    public List<Account> bootstrapDemo(List<NewAccount> requests) {
        Map<String, String> hashes = new HashMap<>();
        UnaryOperator<String> hashedOnce = password -> hashes.computeIfAbsent(password, passwords::encode);
        return requests.stream().map(request -> bootstrap(request, true, hashedOnce)).toList();
    }

    private Account bootstrap(NewAccount request, boolean demo, UnaryOperator<String> hash) {
        return accounts.findByUsername(request.username()).map(AccountRepository.Stored::account)
                .orElseGet(() -> {
                    Account created = insertChecked(request, null, demo, hash);
                    events.publishEvent(new AccountChanged(created.id(), created.role().name(),
                            AccountChanged.Kind.CREATED, null));
                    return created;
                });
    }

    /**
     * Sets or clears (blank) the work address of a contractor or ward staff account, where notices by mail go
     * (issue 12). Ward staff set anyone's but residents', the contractor's manager the contractor's people's.
     * Residents' addresses are personal data kept in the privacy vault, so a resident's account is refused.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Account changeEmail(long accountId, String email) {
        Role me = currentRole();
        var account = accounts.find(accountId).orElseThrow(() -> new AccountException("account.email.no-such-account"));
        if (account.role() == Role.RESIDENT) {
            throw new AccountException("account.email.resident");
        }
        if (me == Role.CONTRACTOR_MANAGER && !Roles.CONTRACTOR_SIDE.contains(account.role().name())) {
            throw new AccessDeniedException(me + " may not change the address of " + account.role());
        }
        accounts.setEmail(accountId, checkedEmail(email));
        return accounts.find(accountId).orElseThrow();
    }

    /** Start-up code only (the demo seed): a staff account's work address, without a signed-in user. */
    public void seedEmail(String username, String email) {
        accounts.findByUsername(username).ifPresent(stored -> accounts.setEmail(stored.account().id(), checkedEmail(email)));
    }

    /** A bare address (no display name), ASCII, or null for blank; anything else is refused with a reason. */
    static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw new AccountException("account.email.invalid");
        }
        try {
            var parsed = new InternetAddress(trimmed, true);
            parsed.validate();
            if (parsed.getPersonal() != null || parsed.isGroup()) {
                throw new AccountException("account.email.invalid");
            }
        } catch (AddressException e) {
            throw new AccountException("account.email.invalid");
        }
        return trimmed;
    }

    public boolean exists(String username) {
        return accounts.usernameTaken(username);
    }

    public boolean anyWardStaff() {
        return accounts.anyWithRole(Role.WARD_STAFF);
    }

    private Account insertChecked(NewAccount request, Long createdBy) {
        return insertChecked(request, createdBy, false, passwords::encode);
    }

    private Account insertChecked(NewAccount request, Long createdBy, boolean skipPasswordPolicy,
            UnaryOperator<String> hash) {
        String username = request.username() == null ? "" : request.username().strip();
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        var problems = new ArrayList<String>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("account.username-invalid");
        } else if (username.startsWith(ResidentAccountErasure.ERASED_USERNAME_PREFIX)) {
            problems.add("account.username-reserved"); // how erased accounts are named (issue 14)
        } else if (accounts.usernameTaken(username)) {
            problems.add("account.username-taken");
        }
        if (displayName.isEmpty() || displayName.length() > DISPLAY_NAME_MAX
                || displayName.codePoints().anyMatch(Character::isISOControl)) {
            problems.add("account.display-name-invalid");
        }
        if (request.role() == null) {
            problems.add("account.role-missing");
        }
        if (!skipPasswordPolicy) {
            problems.addAll(PasswordPolicy.violations(username, request.password()));
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        var clean = new NewAccount(username, displayName, request.role(), request.password());
        long id = accounts.insert(clean, hash.apply(request.password()), createdBy, clock.instant());
        return accounts.find(id).orElseThrow();
    }

    private static Role currentRole() {
        return Role.of(SignedIn.require().role());
    }
}
