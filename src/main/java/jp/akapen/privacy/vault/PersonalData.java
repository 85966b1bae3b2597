package jp.akapen.privacy.vault;

import java.util.List;

/**
 * A resident's name, its reading, address, email and, if given, phone (seed P1). Only the vault
 * ({@link PersonalDataService}) makes these from stored data, and it logs each time it does.
 * {@code fullName} is required; the others may be null.
 */
public record PersonalData(String fullName, String furigana, String address, String email, String phone) {

    /** The fields one by one, named as the vault's columns and the access log know them (names, never values). */
    public enum Field {
        FULL_NAME("full_name"),
        FURIGANA("furigana"),
        ADDRESS("address"),
        EMAIL("email"),
        PHONE("phone");

        private final String column;

        Field(String column) {
            this.column = column;
        }

        /** The column and audit name, e.g. {@code full_name}. */
        public String column() {
            return column;
        }

        /** The i18n key of the field's label. */
        public String labelKey() {
            return "privacy.field." + column;
        }
    }

    public static final List<Field> FIELDS = List.of(Field.values());

    public String get(Field field) {
        return switch (field) {
            case FULL_NAME -> fullName;
            case FURIGANA -> furigana;
            case ADDRESS -> address;
            case EMAIL -> email;
            case PHONE -> phone;
        };
    }

    /** Names only, never values: a record printed into a log or an exception message shows no personal data. */
    @Override
    public String toString() {
        return "PersonalData[****]";
    }
}
