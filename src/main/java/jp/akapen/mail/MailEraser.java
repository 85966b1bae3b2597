package jp.akapen.mail;

import java.util.List;
import jp.akapen.privacy.erasure.CohortDataEraser;
import jp.akapen.privacy.erasure.ErasureScope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A cohort's mail purged when its personal data is erased (seed D1, E1; issue 14): every outbox message to one of its
 * residents loses its subject, body, link and delivery errors, and the residents' recipient rows go. The message's row
 * stays (id, kind, state, times, approval hash) so the outbox's history still adds up; an unsent one is never sent.
 */
@Component
@Order(60)
class MailEraser implements CohortDataEraser {

    private final MailErasureRepository repository;

    MailEraser(MailErasureRepository repository) {
        this.repository = repository;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("mail_message", "mail_recipient", "mail_attempt");
    }

    @Override
    public String category() {
        return "mail";
    }

    @Override
    public long remaining(ErasureScope scope) {
        return repository.remaining(scope.residentIds());
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        return repository.purge(scope.residentIds(), limit).stream().map(id -> "mail:" + id).toList();
    }
}
