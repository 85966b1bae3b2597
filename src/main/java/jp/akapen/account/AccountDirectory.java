package jp.akapen.account;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.akapen.shared.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names and roles for the other areas; nothing here is personal data (residents by pen name). */
@Service
@Transactional(readOnly = true)
class AccountDirectory implements People {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
    }

    @Override
    public List<Person> withRole(String role) {
        return accounts.findByRoles(List.of(Role.of(role))).stream()
                .filter(Account::enabled)
                .map(a -> new Person(a.id(), a.displayName(), a.role().name()))
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
    }
}
