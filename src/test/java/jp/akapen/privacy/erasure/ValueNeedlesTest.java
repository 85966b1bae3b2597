package jp.akapen.privacy.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification scan's search (issue 14 item 6): what it finds, what it skips, and files read in chunks. */
class ValueNeedlesTest {

    @Test
    void a_value_is_found_in_text_whatever_its_width_and_case_and_a_one_character_value_is_skipped() {
        var needles = new ValueNeedles(List.of("山田 花子", "Hanako.Yamada@Example.jp", "090-1234-5678", "様", " "));

        assertThat(needles.searched()).isEqualTo(3);
        assertThat(needles.skipped()).as("a single character, and a blank").isEqualTo(2);
        assertThat(needles.foundIn("ご担当：山田 花子 様")).isTrue();
        assertThat(needles.foundIn("宛先 HANAKO.YAMADA@EXAMPLE.JP へ")).isTrue();
        assertThat(needles.foundIn("電話 ０９０－１２３４－５６７８")).as("full-width digits and hyphens, NFKC").isTrue();
        assertThat(needles.foundIn("山田 太郎 様")).isFalse();
        assertThat(needles.foundIn(null)).isFalse();
        assertThat(needles.toString()).doesNotContain("山田", "Hanako");
    }

    @Test
    void a_value_split_across_two_chunks_of_a_file_is_counted_once(@TempDir Path dir) throws Exception {
        var needles = new ValueNeedles(List.of("金糸雀の住所"));
        byte[] value = "金糸雀の住所".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[8 * 1024 * 1024 + 100];
        Arrays.fill(file, (byte) 0x20);
        // one across the 8 MiB boundary the reader cuts at, one at the very end
        System.arraycopy(value, 0, file, 8 * 1024 * 1024 - 5, value.length);
        System.arraycopy(value, 0, file, file.length - value.length, value.length);
        Files.write(dir.resolve("ib_logfile0"), file);
        Files.write(dir.resolve("empty.ibd"), new byte[0]);
        long[] counted = new long[2];

        var hits = ErasureVerification.scanFiles(dir, needles, counted);

        assertThat(hits).containsExactly(new ErasureVerificationReport.Hit(ErasureVerificationReport.Kind.FILE,
                "ib_logfile0", 2));
        assertThat(hits.getFirst().fileClass()).isEqualTo("redo");
        assertThat(counted[0]).isEqualTo(2);
        assertThat(counted[1]).isEqualTo(file.length);
    }

    @Test
    void values_sharing_their_beginning_and_end_are_each_found_and_no_other_text_is() {
        var values = new java.util.ArrayList<String>();
        for (int i = 0; i < 2_000; i++) {
            values.add("東京都新宿区歌舞伎町1-" + i + "-3");
            values.add("resident" + i + "@example.jp");
        }
        var needles = new ValueNeedles(values);

        assertThat(needles.foundIn("送付先：東京都新宿区歌舞伎町1-1999-3 まで")).isTrue();
        assertThat(needles.foundIn("RESIDENT7@EXAMPLE.JP")).isTrue();
        assertThat(needles.foundIn("東京都新宿区歌舞伎町1-2000-3")).as("a number no one has").isFalse();
        assertThat(needles.foundIn("resident@example.jp")).isFalse();
        byte[] file = "..resident42@example.jp..東京都新宿区歌舞伎町1-7-3..".getBytes(StandardCharsets.UTF_8);
        assertThat(needles.occurrences(file, file.length, file.length)).isEqualTo(2);
    }

    @Test
    void the_search_finds_what_a_plain_search_finds_in_random_text() {
        var random = new java.util.Random(14);
        String alphabet = "abあい山田-1";
        java.util.function.IntFunction<String> word = n -> {
            var b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString();
        };
        for (int round = 0; round < 200; round++) {
            List<String> values = java.util.stream.IntStream.range(0, 1 + random.nextInt(8))
                    .mapToObj(i -> word.apply(2 + random.nextInt(10))).toList();
            var needles = new ValueNeedles(values);
            String hay = word.apply(random.nextInt(60));
            boolean plain = values.stream().anyMatch(hay::contains);
            assertThat(needles.foundIn(hay)).as("%s in %s", values, hay).isEqualTo(plain);
            byte[] bytes = hay.getBytes(StandardCharsets.UTF_8);
            long starts = java.util.stream.IntStream.range(0, bytes.length).filter(i -> values.stream()
                    .map(v -> v.getBytes(StandardCharsets.UTF_8)).anyMatch(v -> i + v.length <= bytes.length
                            && Arrays.equals(bytes, i, i + v.length, v, 0, v.length))).count();
            assertThat(needles.occurrences(bytes, bytes.length, bytes.length)).as("%s in %s", values, hay)
                    .isEqualTo(starts);
        }
    }

    @Test
    void the_search_finds_what_a_plain_search_finds_among_zero_bytes_as_in_a_database_file() {
        var random = new java.util.Random(88);
        String alphabet = "ab山田-";
        for (int round = 0; round < 300; round++) {
            boolean withZero = round % 10 == 0;
            List<String> values = java.util.stream.IntStream.range(0, 1 + random.nextInt(5)).mapToObj(i -> {
                var b = new StringBuilder();
                for (int n = 2 + random.nextInt(8); n > 0; n--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (withZero) {
                    b.insert(random.nextInt(b.length()), '\u0000'); // a value that holds a zero byte is still found
                }
                return b.toString();
            }).toList();
            var needles = new ValueNeedles(values);
            var hay = new java.io.ByteArrayOutputStream();
            for (int part = random.nextInt(12); part >= 0; part--) {
                if (random.nextBoolean()) {
                    hay.writeBytes(new byte[random.nextInt(20)]);
                } else {
                    hay.writeBytes(values.get(random.nextInt(values.size())).getBytes(StandardCharsets.UTF_8));
                }
                if (random.nextInt(4) == 0) {
                    hay.write(random.nextInt(256));
                }
            }
            byte[] bytes = hay.toByteArray();
            var encoded = values.stream().map(v -> v.strip().getBytes(StandardCharsets.UTF_8)).toList();
            long starts = java.util.stream.IntStream.range(0, bytes.length).filter(i -> encoded.stream()
                    .anyMatch(v -> i + v.length <= bytes.length && Arrays.equals(bytes, i, i + v.length, v, 0,
                            v.length))).count();
            assertThat(needles.occurrences(bytes, bytes.length, bytes.length)).as("%s", values).isEqualTo(starts);
        }
    }
}
