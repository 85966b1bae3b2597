package jp.akapen.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the mail area (issue 12): who an account is (role, enabled) and, for contractor and ward staff, their work
 * address. Residents come back without an address: theirs is personal data, which only the privacy vault hands out,
 * audited. No signed-in user is needed: the outbox's sender runs on its own.
 */
@Service
@Transactional(readOnly = true)
public class WorkAddresses {

    /** {@code email} is null for residents and for staff without an address. */
    public record Addressee(long accountId, String role, boolean enabled, String email) {

        @Override
        public String toString() {
            return "Addressee[" + accountId + ", " + role + "]";
        }
    }

    private final AccountRepository accounts;

    WorkAddresses(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Map<Long, Addressee> addressees(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAll(accountIds).stream()
                .map(a -> new Addressee(a.id(), a.role().name(), a.enabled(),
                        a.role() == Role.RESIDENT ? null : a.email()))
                .collect(Collectors.toMap(Addressee::accountId, Function.identity()));
    }

    /** Enabled accounts of a role, for notices posted to a whole role. */
    public List<Addressee> withRole(String role) {
        return accounts.findByRoles(List.of(Role.of(role))).stream().filter(Account::enabled)
                .map(a -> new Addressee(a.id(), a.role().name(), true, a.role() == Role.RESIDENT ? null : a.email()))
                .toList();
    }
}
