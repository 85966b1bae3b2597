package jp.akapen.privacy.vault;

/**
 * One field of one resident's personal data, as revealed to a permitted person (one audited read).
 *
 * @param value the text when {@code state} is {@link VaultState#READABLE}; null when the field was left empty or
 *     the state is another
 */
public record FieldReading(long residentId, PersonalData.Field field, VaultState state, String value) {

    @Override
    public String toString() {
        return "FieldReading[resident=" + residentId + ", " + field.column() + ", " + state + "]";
    }
}
