package jp.akapen.privacy.vault;

import java.util.List;

/**
 * Personal data that was not saved, with every reason as an i18n key (and the field it concerns, if one). Nothing
 * was changed; the caller keeps the person's input. Messages never contain the values.
 */
public class PersonalDataException extends RuntimeException {

    /** @param field null when the problem concerns the whole entry (e.g. someone saved it meanwhile) */
    public record Problem(PersonalData.Field field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public PersonalDataException(List<Problem> problems) {
        super(problems.stream().map(p -> (p.field() == null ? "" : p.field().column() + ": ") + p.messageKey())
                .toList().toString());
        this.problems = List.copyOf(problems);
    }

    public PersonalDataException(String messageKey) {
        this(List.of(new Problem(null, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Someone else saved the entry after it was opened; reload, then apply the change again. */
    public static final class Stale extends PersonalDataException {

        public Stale() {
            super("privacy.error.stale");
        }
    }
}
