package jp.akapen.lecture.survey;

import java.util.List;
import jp.akapen.privacy.erasure.CohortDataEraser;
import jp.akapen.privacy.erasure.ErasureScope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A cohort's survey answers anonymised when its personal data is erased (seed D1; issue 14): named responses lose
 * their resident, as anonymous ones never had one, and the rows saying who answered and who was told are deleted. The
 * answers themselves stay, so the aggregates do.
 */
@Component
@Order(50)
class SurveyAnswerEraser implements CohortDataEraser {

    private final SurveyErasureRepository repository;

    SurveyAnswerEraser(SurveyErasureRepository repository) {
        this.repository = repository;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("survey_response", "survey_completion", "survey_notice");
    }

    @Override
    public String category() {
        return "survey_answer";
    }

    @Override
    public long remaining(ErasureScope scope) {
        return repository.remaining(scope.cohortId());
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        return repository.erase(scope.cohortId(), limit);
    }
}
