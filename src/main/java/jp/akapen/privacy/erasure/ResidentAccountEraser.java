package jp.akapen.privacy.erasure;

import java.util.List;
import jp.akapen.account.ResidentAccountErasure;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The accounts of a cohort's residents closed when its personal data is erased (seed D1; issue 14), after every other
 * area has found its records by their ids: only residents in no cohort whose data is still kept, whose account the
 * account area then disables and strips of username, password, second factor and throttle rows
 * ({@link ResidentAccountErasure}); the pen name stays with the published texts. It lives here, not in the account
 * area like the other areas' erasers, because privacy already depends on the account area (sign-in audit,
 * designations) and the reverse would be a cycle; and because only privacy knows which cohorts are kept.
 */
@Component
@Order(80)
class ResidentAccountEraser implements CohortDataEraser {

    private final ErasureRepository repository;
    private final ResidentAccountErasure accounts;

    ResidentAccountEraser(ErasureRepository repository, ResidentAccountErasure accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    @Override
    public String category() {
        return "account";
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("account", "mfa_credential", "mfa_recovery_code", "login_throttle", "notice");
    }

    @Override
    public long remaining(ErasureScope scope) {
        return accounts.remaining(repository.residentsInNoKeptCohortBut(scope.cohortId()));
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        return accounts.erase(repository.residentsInNoKeptCohortBut(scope.cohortId()), limit);
    }
}
