package jp.akapen.mail.files;

import java.util.List;
import jp.akapen.privacy.erasure.CohortDataEraser;
import jp.akapen.privacy.erasure.ErasureScope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A cohort's download links purged when its personal data is erased (seed D1, E3; issue 14): every link to a file
 * shared with one of its residents is deleted, and so are the residents' rights to read files. The files themselves
 * (the staff's uploads, sealed under keys of their own) stay.
 */
@Component
@Order(70)
class FileLinkEraser implements CohortDataEraser {

    private final FileErasureRepository repository;

    FileLinkEraser(FileErasureRepository repository) {
        this.repository = repository;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("portal_file_link", "portal_file_reader");
    }

    @Override
    public String category() {
        return "file_link";
    }

    @Override
    public long remaining(ErasureScope scope) {
        return repository.remaining(scope.residentIds());
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        return repository.erase(scope.residentIds(), limit);
    }
}
