package jp.akapen.privacy.takeout;

import java.time.LocalDate;
import java.util.Set;
import jp.akapen.privacy.vault.PersonalData;

/** What a handler asks to take out (seed P5, P8): whose data, which fields, why, where to, who carries it, until when. */
public record TakeOutDraft(Long cohortId, Set<PersonalData.Field> fields, String purpose, String destination,
        String carrier, LocalDate returnDue) {

    public TakeOutDraft {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }
}
