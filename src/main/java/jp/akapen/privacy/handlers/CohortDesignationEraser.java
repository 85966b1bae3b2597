package jp.akapen.privacy.handlers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.privacy.erasure.CohortDataEraser;
import jp.akapen.privacy.erasure.ErasureScope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last step of a cohort's erasure (seed D1, P2): the handler designations that served it end, so nobody is left
 * designated to read data that no longer exists. A designation serves the cohorts whose fiscal year (April to March)
 * it shares a day with; it ends when it serves this cohort and no other cohort whose data is still kept, ended by the
 * erasure's operator through the same steps as a manager's ending (audited, the ward told, sessions ended).
 */
@Component
@Order(90)
class CohortDesignationEraser implements CohortDataEraser {

    private final DesignationRepository designations;
    private final DesignationEnding ending;
    private final HandlerRegister register;

    CohortDesignationEraser(DesignationRepository designations, DesignationEnding ending, HandlerRegister register) {
        this.designations = designations;
        this.ending = ending;
        this.register = register;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("handler_designation");
    }

    @Override
    public String category() {
        return "handler_designation";
    }

    @Override
    public long remaining(ErasureScope scope) {
        return toEnd(scope).size();
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        List<String> ended = new ArrayList<>();
        for (Designation candidate : toEnd(scope)) {
            if (ended.size() >= limit) {
                break;
            }
            var locked = designations.lock(candidate.id()).orElseThrow();
            if (locked.endedAt() == null) {
                ending.end(locked, scope.operatorAccountId());
                ended.add("designation:" + locked.id());
            }
        }
        return ended;
    }

    private List<Designation> toEnd(ErasureScope scope) {
        if (scope.fiscalYear().isEmpty()) {
            return List.of();
        }
        LocalDate today = register.today();
        return designations.notEnded().stream()
                .filter(d -> d.statusOn(today) != DesignationStatus.ENDED)
                .filter(d -> servesOnly(d, scope.fiscalYear().getAsInt(), scope.otherKeptFiscalYears()))
                .toList();
    }

    static boolean servesOnly(Designation designation, int fiscalYear, List<Integer> otherKeptFiscalYears) {
        return serves(designation, fiscalYear) && otherKeptFiscalYears.stream().noneMatch(y -> serves(designation, y));
    }

    private static boolean serves(Designation designation, int fiscalYear) {
        return designation.sharesADayWith(LocalDate.of(fiscalYear, 4, 1), LocalDate.of(fiscalYear + 1, 3, 31));
    }
}
