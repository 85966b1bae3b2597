package jp.akapen.manuscript.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.akapen.manuscript.text.DraftFileResult.Reason;
import jp.akapen.manuscript.text.DraftFileResult.Refused;
import jp.akapen.manuscript.text.DraftFileResult.Text;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever a resident writes in Japanese or ASCII and saves as UTF-8 comes back unchanged (W1). */
class DraftTextRoundTripTest {

    @Property(tries = 500)
    void printable_japanese_and_ascii_text_in_utf8_round_trips_exactly(@ForAll("drafts") String draft) {
        String expected = draft.replace("\r\n", "\n").replace('\r', '\n');

        byte[] utf8 = draft.getBytes(StandardCharsets.UTF_8);
        DraftFileResult result = DraftFileReader.read("x.txt", new ByteArrayInputStream(utf8));

        assertThat(result).isEqualTo(expected.isBlank() ? new Refused(Reason.EMPTY) : new Text(expected, "UTF-8"));
    }

    @Provide
    Arbitrary<String> drafts() {
        Arbitrary<String> character = Arbitraries.frequencyOf(
                        Tuple.of(20, Arbitraries.chars().range('\u3041', '\u3096')), // hiragana
                        Tuple.of(10, Arbitraries.chars().range('\u30A1', '\u30FA')), // katakana
                        Tuple.of(20, Arbitraries.chars().range('\u4E00', '\u9FFF')), // kanji
                        Tuple.of(5, Arbitraries.chars().range('\u3000', '\u303F')), // 　、。「」…
                        Tuple.of(5, Arbitraries.chars().range('\uFF01', '\uFF5E')), // full-width ASCII
                        Tuple.of(10, Arbitraries.chars().range(' ', '~')), // printable ASCII
                        Tuple.of(4, Arbitraries.of('\n', '\r', '\t')))
                .map(String::valueOf);
        Arbitrary<String> supplementary = Arbitraries.of(List.of("𠮷", "𩸽", "😀")); // beyond the BMP
        return Arbitraries.frequencyOf(
                        Tuple.of(30, character), Tuple.of(1, supplementary))
                .list().ofMaxSize(300)
                .map(parts -> String.join("", parts));
    }
}
