package jp.akapen.lecture;

import java.util.List;
import jp.akapen.privacy.erasure.CohortDataEraser;
import jp.akapen.privacy.erasure.ErasureScope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A cohort's lecture rosters anonymised when its personal data is erased (seed D1; issue 14): the notes residents
 * wrote with their RSVP cleared, the sessions' material links (download links) and wrong check-in codes deleted. The
 * rosters' answers and attendance stay as account ids, like the audit log, so the counts stay; with the vault erased no
 * id leads to a name any more.
 */
@Component
@Order(40)
class LectureRosterEraser implements CohortDataEraser {

    private final LectureErasureRepository repository;

    LectureRosterEraser(LectureErasureRepository repository) {
        this.repository = repository;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("lecture_invitation", "lecture_material", "lecture_checkin_failure");
    }

    @Override
    public String category() {
        return "lecture_roster";
    }

    @Override
    public long remaining(ErasureScope scope) {
        return repository.remaining(scope.cohortId(), scope.residentIds());
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        return repository.erase(scope.cohortId(), scope.residentIds(), limit);
    }
}
