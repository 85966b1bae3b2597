package jp.akapen.privacy;

/** A resident's name, its reading, address and email (seed P1). */
public record PersonalData(String fullName, String furigana, String address, String email) {

    /** Field names as the access log records them (names, never values). */
    static final String FIELDS = "full_name,furigana,address,email";
}
