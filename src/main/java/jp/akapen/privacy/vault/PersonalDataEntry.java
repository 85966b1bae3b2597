package jp.akapen.privacy.vault;

/**
 * What the vault holds for one resident, as read by a permitted person (one audited read).
 *
 * @param data    the values when {@code state} is {@link VaultState#READABLE}, else null
 * @param version the entry's lock version, to hand back when saving (0 when there is no entry yet)
 */
public record PersonalDataEntry(long residentId, VaultState state, PersonalData data, int version) {

    @Override
    public String toString() {
        return "PersonalDataEntry[resident=" + residentId + ", " + state + ", version=" + version + "]";
    }
}
