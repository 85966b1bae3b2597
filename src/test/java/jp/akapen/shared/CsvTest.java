package jp.akapen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvTest {

    /** The text after the BOM, which must be there. */
    static String text(byte[] csv) {
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    static String csv(List<String> header, List<List<String>> rows) {
        return text(Csv.utf8WithBom(header, rows));
    }

    static String cell(String value) {
        return csv(List.of(value), List.of());
    }

    @Test
    void the_file_begins_with_the_utf8_byte_order_mark() {
        byte[] bytes = Csv.utf8WithBom(List.of("a"), List.of());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(bytes).hasSize(3 + "a\r\n".length());
    }

    @Test
    void lines_end_with_crlf_including_the_last() {
        assertThat(csv(List.of("記事", "段階"), List.of(List.of("春の桜", "校了"), List.of("区長挨拶", "初校"))))
                .isEqualTo("記事,段階\r\n春の桜,校了\r\n区長挨拶,初校\r\n");
    }

    @Test
    void japanese_text_round_trips_when_decoded_without_the_bom() {
        String expected = "氏名,記事,日付\r\n山田 花子,与謝野晶子「みだれ髪」を読む,令和8年5月20日\r\n𠮷野 太郎,🌸 さくら祭り,令和8年6月1日\r\n";
        byte[] bytes = Csv.utf8WithBom(List.of("氏名", "記事", "日付"), List.of(
                List.of("山田 花子", "与謝野晶子「みだれ髪」を読む", "令和8年5月20日"),
                List.of("𠮷野 太郎", "🌸 さくら祭り", "令和8年6月1日")));
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(bytes, 3, bytes.length)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_field_with_a_comma_is_quoted() {
        assertThat(cell("1,000円")).isEqualTo("\"1,000円\"\r\n");
    }

    @Test
    void quotes_are_doubled_inside_a_quoted_field() {
        assertThat(cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"\r\n");
    }

    @Test
    void fields_with_line_breaks_are_quoted_and_keep_them() {
        assertThat(cell("一行目\n二行目")).isEqualTo("\"一行目\n二行目\"\r\n");
        assertThat(cell("a\r\nb")).isEqualTo("\"a\r\nb\"\r\n");
    }

    @Test
    void plain_fields_and_empty_and_null_cells_are_not_quoted() {
        List<String> row = new ArrayList<>(List.of("plain", "", "全角，読点、"));
        row.add(null);
        assertThat(csv(List.of("h"), List.of(row))).isEqualTo("h\r\nplain,,全角，読点、,\r\n");
    }

    @Test
    void formulas_are_guarded_with_a_leading_apostrophe() {
        assertThat(cell("=SUM(A1)")).isEqualTo("'=SUM(A1)\r\n");
        assertThat(cell("+81")).isEqualTo("'+81\r\n");
        assertThat(cell("-1")).isEqualTo("'-1\r\n");
        assertThat(cell("@x")).isEqualTo("'@x\r\n");
        assertThat(cell("\tx")).isEqualTo("'\tx\r\n");
        assertThat(cell("\rx")).isEqualTo("\"'\rx\"\r\n");
    }

    @Test
    void full_width_formula_signs_are_guarded_too_since_japanese_excel_reads_them_as_ascii() {
        assertThat(cell("＝SUM(A1)")).isEqualTo("'＝SUM(A1)\r\n");
        assertThat(cell("＋81")).isEqualTo("'＋81\r\n");
        assertThat(cell("－1")).isEqualTo("'－1\r\n");
        assertThat(cell("＠x")).isEqualTo("'＠x\r\n");
        assertThat(cell("＝HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'＝HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
    }

    @Test
    void full_width_signs_inside_a_cell_and_other_full_width_text_are_left_alone() {
        assertThat(cell("Ａ＝Ｂ")).isEqualTo("Ａ＝Ｂ\r\n");
        assertThat(cell("（注）")).isEqualTo("（注）\r\n");
    }

    @Test
    void a_guarded_formula_that_needs_quoting_is_quoted_after_the_guard() {
        assertThat(cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
    }

    @Test
    void the_header_is_guarded_too_and_signs_inside_a_cell_are_left_alone() {
        assertThat(csv(List.of("=1", "a-b", "x@y"), List.of())).isEqualTo("'=1,a-b,x@y\r\n");
    }

    @Test
    void the_test_parser_reads_an_empty_last_field_and_quoted_fields() {
        assertThat(parse("a,\r\n\"b,\"\"c\"\"\",d\r\n"))
                .containsExactly(List.of("a", ""), List.of("b,\"c\"", "d"));
    }

    // Parsing back gives the cells (after the formula guard)

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> tricky = Arbitraries.of(",", "\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "＝", "＋", "－", "＠",
                "a", "Z", "1", "あ", "漢", "「", "」", "、", "。", "　", "𠮷", "🌸").list().ofMaxSize(12)
                .map(l -> String.join("", l));
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(20)
                .filter(s -> s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c <= 0xFFFF));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, tricky), net.jqwik.api.Tuple.of(1, anything));
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        return cells().list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 1000)
    void parsing_the_csv_back_gives_the_guarded_cells(@ForAll("tables") List<List<String>> table) {
        List<String> header = table.getFirst();
        List<List<String>> rows = table.subList(1, table.size());
        List<List<String>> expected = table.stream().map(r -> r.stream().map(Csv::guarded).toList()).toList();
        assertThat(parse(text(Csv.utf8WithBom(header, rows)))).isEqualTo(expected);
    }

    @Property(tries = 300)
    void a_parsed_cell_never_starts_a_formula(@ForAll("cells") String cell) {
        String parsed = parse(cell(cell)).getFirst().getFirst();
        assertThat(parsed).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r")
                .doesNotStartWith("＝").doesNotStartWith("＋").doesNotStartWith("－").doesNotStartWith("＠");
        assertThat(parsed).isIn(cell, "'" + cell);
    }

    /** A tiny RFC 4180 reader: records end with CRLF (the last one too), fields may be quoted. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            }
            while (i < text.length() && text.charAt(i) != ',' && !text.startsWith("\r\n", i)) {
                char c = text.charAt(i++);
                assertThat(c).as("unquoted field holds no quote, CR or LF").isNotIn('"', '\r', '\n');
                field.append(c);
            }
            record.add(field.toString());
            field.setLength(0);
            if (i == text.length()) {
                throw new AssertionError("the last record does not end with CRLF");
            }
            if (text.charAt(i) == ',') {
                i++;
            } else {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            }
        }
        return records;
    }
}
