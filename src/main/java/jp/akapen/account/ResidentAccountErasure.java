package jp.akapen.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a cohort's erasure does to its residents' accounts (seed D1; issue 14 item 3), for the privacy area's erasure
 * step, which decides whose accounts go (residents in no cohort still kept) and runs without a signed-in person,
 * audited there. Each account is disabled and its sessions ended; its username becomes {@code erased-<id>}; its
 * password hash, a pending reset, any address and its second factor (the TOTP secret, the recovery codes) are cleared;
 * the login throttle's rows naming it are deleted; and ward staff's notices of a reset of it stop naming it. The pen
 * name stays: published texts are credited to it. Staff accounts are never touched. The sign-in history stays: it is
 * the audit log's (privacy), which is append-only and names the account by id.
 */
@Service
public class ResidentAccountErasure {

    /** How an erased account is named from then on, followed by its id. */
    public static final String ERASED_USERNAME_PREFIX = "erased-";

    /** What replaces an erased account's password hash: the password encoder matches no password to it. */
    public static final String ERASED_PASSWORD_HASH = "{erased}";

    /** The reset notice to ward staff ({@link AccountAdministration}) names the account at this argument. */
    static final String RESET_NOTICE = "notice.account.reset";
    static final int RESET_NOTICE_USERNAME = 1;

    private final AccountErasureRepository repository;
    private final NotificationService notices;
    private final ActiveSessions sessions;

    ResidentAccountErasure(AccountErasureRepository repository, NotificationService notices, ActiveSessions sessions) {
        this.repository = repository;
        this.notices = notices;
        this.sessions = sessions;
    }

    /** How many of these residents' accounts still hold something an erasure clears, in the caller's transaction. */
    public long remaining(Collection<Long> residentIds) {
        return residentIds.isEmpty() ? 0 : repository.countNotErased(residentIds);
    }

    /**
     * Erases at most {@code limit} of these residents' accounts not erased yet, in the caller's transaction.
     *
     * @return the records erased: {@code account:<id>} per account, {@code reset_notice:<id>} per notice that named one
     */
    public List<String> erase(Collection<Long> residentIds, int limit) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        var accounts = repository.lockNotErased(residentIds, limit);
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        List<String> throttleKeys = new ArrayList<>();
        accounts.forEach((id, username) -> {
            String erased = ERASED_USERNAME_PREFIX + id;
            if (!username.equals(erased)) {
                renamed.put(username, erased);
                throttleKeys.addAll(LoginThrottle.keysNaming(username));
            }
        });
        repository.erase(accounts.keySet());
        repository.deleteThrottleKeys(throttleKeys);
        List<String> erased = new ArrayList<>();
        accounts.keySet().forEach(id -> erased.add("account:" + id));
        notices.replaceArgument(RESET_NOTICE, RESET_NOTICE_USERNAME, renamed)
                .forEach(id -> erased.add("reset_notice:" + id));
        endSessionsAfterCommit(accounts.keySet());
        return erased;
    }

    private void endSessionsAfterCommit(Collection<Long> ids) {
        List<Long> accounts = List.copyOf(ids);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    accounts.forEach(sessions::endSessionsOf);
                }
            });
        } else {
            accounts.forEach(sessions::endSessionsOf);
        }
    }
}
