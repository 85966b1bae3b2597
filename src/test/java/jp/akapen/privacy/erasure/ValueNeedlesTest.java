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
}
