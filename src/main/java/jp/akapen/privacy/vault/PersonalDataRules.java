package jp.akapen.privacy.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.akapen.privacy.vault.PersonalDataException.Problem;

/**
 * What the vault accepts as a resident's personal data (seed P1, P6: only what the purpose needs).
 * Plain Java. Text is trimmed, an empty optional field becomes null, and every problem is reported
 * at once so the person can fix them all.
 */
final class PersonalDataRules {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;
    /** RFC 5321's limit on a forward path. */
    static final int MAX_EMAIL = 254;
    static final int MAX_PHONE = 30;

    /**
     * One @, a local part and a dotted domain, no spaces; deliberately not RFC 5322 in full: quoted local parts and
     * address literals are valid but nobody types them, and the mail module will find out when delivering.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    /** Digits with the usual separators, an optional leading +; 6 to 15 digits (E.164). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]+");
    /** Hiragana, katakana (full and half width), the long-vowel mark, middle dot and spaces. */
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");

    private PersonalDataRules() {
    }

    /** The cleaned data. @throws PersonalDataException listing every problem */
    static PersonalData check(PersonalData data) {
        var problems = new ArrayList<Problem>();
        String fullName = clean(data == null ? null : data.fullName());
        String furigana = clean(data == null ? null : data.furigana());
        String address = clean(data == null ? null : data.address());
        String email = clean(data == null ? null : data.email());
        String phone = clean(data == null ? null : data.phone());
        text(problems, PersonalData.Field.FULL_NAME, fullName, true, MAX_NAME);
        if (text(problems, PersonalData.Field.FURIGANA, furigana, false, MAX_NAME) && furigana != null
                && !KANA.matcher(furigana).matches()) {
            problems.add(new Problem(PersonalData.Field.FURIGANA, "privacy.error.furigana-kana"));
        }
        text(problems, PersonalData.Field.ADDRESS, address, true, MAX_ADDRESS);
        if (text(problems, PersonalData.Field.EMAIL, email, true, MAX_EMAIL) && email != null
                && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem(PersonalData.Field.EMAIL, "privacy.error.email-shape"));
        }
        if (text(problems, PersonalData.Field.PHONE, phone, false, MAX_PHONE) && phone != null) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15) {
                problems.add(new Problem(PersonalData.Field.PHONE, "privacy.error.phone-shape"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PersonalDataException(problems);
        }
        return new PersonalData(fullName, furigana, address, email, phone);
    }

    /** @return whether the value may be checked further (present and free of basic problems, or absent and optional) */
    private static boolean text(List<Problem> problems, PersonalData.Field field, String value, boolean required,
            int max) {
        if (value == null) {
            if (required) {
                problems.add(new Problem(field, "privacy.error.required"));
            }
            return !required;
        }
        boolean fine = true;
        if (value.codePointCount(0, value.length()) > max) {
            problems.add(new Problem(field, "privacy.error.too-long", max));
            fine = false;
        }
        if (hasControlCharacter(value)) {
            problems.add(new Problem(field, "privacy.error.control-character"));
            fine = false;
        }
        return fine;
    }

    /**
     * Control characters (tabs and line breaks included: every field is one line), invisible format characters
     * such as right-to-left overrides, which can make a stored value read differently from what was typed, and
     * unpaired surrogates, which are not text at all.
     */
    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int codePoint = value.codePointAt(i);
                    if (Character.getType(codePoint) == Character.FORMAT) {
                        return true;
                    }
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Trimmed (ASCII and ideographic spaces); blank becomes null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
