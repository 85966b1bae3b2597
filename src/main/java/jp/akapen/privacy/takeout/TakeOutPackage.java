package jp.akapen.privacy.takeout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.shared.Csv;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.files.EncryptedZip;
import jp.akapen.shared.pdf.JapaneseFont;
import jp.akapen.shared.pdf.PdfWriter;

/**
 * The file an approved take-out leaves as (seed P8; issue 14 item 7): a roster as PDF and as CSV inside an AES-256
 * zip whose password is shown once. Every PDF page carries the request number and the handler's name across it, and
 * every CSV line carries them in a column of its own, so any page or line found elsewhere says whose take-out it
 * was. Spring-free; the service decides who may have it.
 */
final class TakeOutPackage {

    record Person(long residentId, String penName, PersonalData data) {
    }

    record Header(String number, String handler, String cohort, String approvedBy, LocalDate returnDue,
            Instant exportedAt, List<PersonalData.Field> fields) {
    }

    private static final Locale JA = Locale.JAPANESE;
    private static final float BODY = 9.5f;

    private TakeOutPackage() {
    }

    static String watermark(Header header) {
        return "持出し No." + header.number() + "　取扱者 " + header.handler();
    }

    static EncryptedZip.Zipped zip(Header header, List<Person> people, JapaneseFont font) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String base = "takeout-" + header.number();
        entries.put(base + ".pdf", pdf(header, people, font));
        entries.put(base + ".csv", csv(header, people));
        return EncryptedZip.zip(entries);
    }

    static byte[] pdf(Header header, List<Person> people, JapaneseFont font) {
        try (var out = new PdfWriter(font)) {
            out.describe("個人情報持出し名簿 No." + header.number(), header.handler(), header.exportedAt());
            out.centre("個人情報持出し名簿", 16f);
            out.gap(BODY / 2);
            out.left("持出し No." + header.number() + "　取扱者 " + header.handler() + "　区の承認 " + header.approvedBy(),
                    BODY);
            out.left("対象 " + header.cohort() + "　書き出し " + JapaneseDates.dateTime(header.exportedAt(), JA)
                    + "　返却期限 " + JapaneseDates.date(header.returnDue(), JA), BODY);
            out.left("この名簿は区の承認を受けた目的以外に使わず、返却期限までに返却又は廃棄し、その旨をポータルで報告してください。",
                    BODY);
            out.gap(BODY);
            float[] columns = columns(header.fields().size());
            boolean[] left = new boolean[columns.length];
            out.row(BODY, 0f, columns, left, headings(header).toArray(String[]::new));
            out.gap(BODY / 3);
            int n = 1;
            for (Person person : people) {
                out.row(BODY, 0f, columns, left, cells(n++, person, header.fields()).toArray(String[]::new));
            }
            out.gap(BODY);
            out.right(people.size() + "名", BODY);
            return out.finish(watermark(header), watermark(header), "takeout\n" + header.number() + "\n"
                    + header.exportedAt());
        }
    }

    static byte[] csv(Header header, List<Person> people) {
        List<String> heading = new ArrayList<>(headings(header));
        heading.add("持出し");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Person person : people) {
            List<String> row = new ArrayList<>(cells(n++, person, header.fields()));
            row.add(watermark(header));
            rows.add(row);
        }
        return Csv.utf8WithBom(heading, rows);
    }

    private static List<String> headings(Header header) {
        List<String> headings = new ArrayList<>(List.of("番号", "ペンネーム"));
        header.fields().forEach(field -> headings.add(label(field)));
        return headings;
    }

    private static List<String> cells(int n, Person person, List<PersonalData.Field> fields) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(n), person.penName()));
        fields.forEach(field -> {
            String value = person.data().get(field);
            cells.add(value == null ? "" : value);
        });
        return cells;
    }

    /** Number and pen name narrow, the address wide, the other fields shared evenly. */
    private static float[] columns(int fields) {
        float[] columns = new float[2 + fields];
        columns[0] = 0.06f;
        columns[1] = 0.16f;
        for (int i = 0; i < fields; i++) {
            columns[2 + i] = 0.78f / fields;
        }
        return columns;
    }

    private static String label(PersonalData.Field field) {
        return switch (field) {
            case FULL_NAME -> "氏名";
            case FURIGANA -> "ふりがな";
            case ADDRESS -> "住所";
            case EMAIL -> "メールアドレス";
            case PHONE -> "電話番号";
        };
    }
}
