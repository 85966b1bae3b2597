package jp.akapen.privacy.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the vault accepts (seed P1, P6), as plain Java. */
class PersonalDataRulesTest {

    private static final PersonalData GOOD = new PersonalData("山田 花子", "やまだ はなこ", "東京都新宿区架空町1-2-3",
            "hanako@example.jp", "03-1234-5678");

    private static List<String> problems(PersonalData data) {
        try {
            PersonalDataRules.check(data);
            return List.of();
        } catch (PersonalDataException e) {
            return e.problems().stream().map(p -> (p.field() == null ? "-" : p.field().column()) + " " + p.messageKey())
                    .toList();
        }
    }

    @Test
    void good_data_is_trimmed_and_an_empty_optional_field_becomes_null() {
        var clean = PersonalDataRules.check(new PersonalData("  山田 花子　", "", " 東京都 ", "a@example.jp", "   "));
        assertThat(clean.fullName()).isEqualTo("山田 花子");
        assertThat(clean.furigana()).isNull();
        assertThat(clean.address()).isEqualTo("東京都");
        assertThat(clean.phone()).isNull();
        assertThat(problems(GOOD)).isEmpty();
    }

    @Test
    void name_address_and_email_are_required_and_every_missing_one_is_named() {
        assertThat(problems(new PersonalData(" ", null, "", null, null))).containsExactly(
                "full_name privacy.error.required", "address privacy.error.required", "email privacy.error.required");
    }

    @Test
    void lengths_are_counted_in_characters_not_bytes() {
        String hundredKanji = "漢".repeat(100);
        assertThat(problems(new PersonalData(hundredKanji, null, "住所", "a@example.jp", null))).isEmpty();
        assertThat(problems(new PersonalData(hundredKanji + "字", null, "住所", "a@example.jp", null)))
                .containsExactly("full_name privacy.error.too-long");
        assertThat(problems(new PersonalData("𠮷".repeat(100), null, "住所", "a@example.jp", null)))
                .as("a character outside the BMP counts once").isEmpty();
        assertThat(problems(new PersonalData("名", null, "住".repeat(301), "a@example.jp", null)))
                .containsExactly("address privacy.error.too-long");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a@b", "no-at.example.jp", "two@@example.jp", "sp ace@example.jp", "a@example", "a@.jp",
            "a@example.jp\u3000x", "<a@example.jp>"})
    void an_email_must_look_like_one(String email) {
        assertThat(problems(new PersonalData("名", null, "住所", email, null))).isNotEmpty()
                .allSatisfy(p -> assertThat(p).startsWith("email "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hanako@example.jp", "first.last+magazine@mail.example.co.jp", "x_y@sub-domain.example.org"})
    void common_email_addresses_pass(String email) {
        assertThat(problems(new PersonalData("名", null, "住所", email, null))).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0000, 0x0009, 0x000A, 0x000D, 0x001B, 0x007F, 0x0085, 0x200B, 0x200E, 0x202E, 0x2028, 0x2029,
            0xFEFF})
    void control_and_invisible_format_characters_are_refused_in_every_field(int codePoint) {
        String bad = "a" + Character.toString(codePoint) + "b";
        assertThat(problems(new PersonalData(bad, null, bad, "a@example.jp", null)))
                .contains("full_name privacy.error.control-character", "address privacy.error.control-character");
    }

    @Test
    void an_unpaired_surrogate_is_refused_but_a_paired_one_is_text() {
        assertThat(PersonalDataRules.hasControlCharacter("a\uD842b")).isTrue();
        assertThat(PersonalDataRules.hasControlCharacter("a\uDFB7")).isTrue();
        assertThat(PersonalDataRules.hasControlCharacter("𠮷野家")).isFalse();
    }

    @Test
    void furigana_is_kana_and_a_phone_number_has_six_to_fifteen_digits() {
        assertThat(problems(new PersonalData("名", "ヤマダ ハナコ", "住所", "a@example.jp", "+81 (3) 1234-5678"))).isEmpty();
        assertThat(problems(new PersonalData("名", "Yamada", "住所", "a@example.jp", "12345")))
                .containsExactly("furigana privacy.error.furigana-kana", "phone privacy.error.phone-shape");
        assertThat(problems(new PersonalData("名", null, "住所", "a@example.jp", "1234567890123456")))
                .containsExactly("phone privacy.error.phone-shape");
    }

    @Test
    void a_refusal_never_carries_the_values_in_its_message() {
        assertThatThrownBy(() -> PersonalDataRules.check(new PersonalData("秘密の名前\u0007", null, "秘密の住所",
                "secret-not-an-email", null)))
                .isInstanceOf(PersonalDataException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("秘密", "secret"));
        assertThat(GOOD.toString()).doesNotContain("山田", "hanako");
    }
}
