package jp.akapen.edition;

import java.time.LocalDate;
import java.util.List;

public record NewCohort(int fiscalYear, LocalDate termStart, LocalDate termEnd, String contractor,
        List<Long> residentIds) {
}
