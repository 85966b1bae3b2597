package jp.akapen.privacy.oversight.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.shared.Csv;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.pdf.JapaneseFont;
import jp.akapen.shared.pdf.PdfWriter;

/**
 * Lays out a handling-status report (個人情報の取扱状況報告書, 特記事項14, seed O1): the parties, the period and the
 * date, the manager's answer, then one table per {@link ReportSection}, in the PDF (A4, the embedded Japanese font) and
 * in the CSV (one block per section: its title, its headers, its rows, its notes, a blank line). The report is the
 * ward's document, so it is in Japanese whatever the reader's language.
 */
final class ReportDocument {

    static final Locale JA = Locale.JAPANESE;
    static final String TITLE = "個人情報の取扱状況報告書";
    private static final float BODY = 9.5f;

    /** Who reports to whom under which contract (the settings akapen.contract.* the erasure certificate uses). */
    record Parties(String ward, String contractor, String contract, String manager) {
    }

    /** One section's title and table, as laid out. */
    record Part(String title, ReportSection.Table table) {
    }

    record Content(long number, Parties parties, LocalDate from, LocalDate to, LocalDate issuedOn, Instant answeredAt,
            String question, String answer, List<Part> parts) {
    }

    private ReportDocument() {
    }

    static byte[] pdf(Content c, JapaneseFont font) {
        try (var out = new PdfWriter(font)) {
            out.describe(TITLE + " 第" + c.number() + "号", c.parties().contractor(), c.answeredAt());
            out.right("第" + c.number() + "号", BODY);
            out.right(JapaneseDates.date(c.issuedOn(), JA), BODY);
            out.gap(BODY);
            out.left(c.parties().ward() + "　あて", 12f);
            out.gap(BODY / 2);
            out.right("（受託者）" + c.parties().contractor(), BODY);
            out.right("取扱責任者　" + c.parties().manager(), BODY);
            out.gap(BODY * 1.5f);
            out.centre(TITLE, 18f);
            out.centre("Report on the handling of personal information", 9f);
            out.gap(BODY);
            out.paragraph("　個人情報の取扱いに関する特記事項第14項に基づき、下記の業務に関する個人情報の取扱状況を報告します。",
                    BODY, 0f);
            out.gap(BODY / 2);
            out.left("契約　" + c.parties().contract(), BODY);
            out.left("対象期間　" + period(c), BODY);
            out.left("ご依頼　" + c.question(), BODY);
            out.left("回答", BODY);
            out.paragraph(c.answer(), BODY, 2 * BODY);
            int n = 1;
            for (Part part : c.parts()) {
                out.gap(BODY);
                out.keepRoomFor(4, BODY);
                out.left(n++ + "　" + part.title(), 11f);
                table(out, part.table());
            }
            out.gap(BODY);
            out.right("以上", BODY);
            return out.finish(TITLE + " 第" + c.number() + "号　" + period(c), null,
                    "oversight-report\n" + c.number() + "\n" + c.answeredAt());
        }
    }

    static byte[] csv(Content c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("番号", String.valueOf(c.number())));
        rows.add(List.of("報告先", c.parties().ward()));
        rows.add(List.of("受託者", c.parties().contractor()));
        rows.add(List.of("取扱責任者", c.parties().manager()));
        rows.add(List.of("契約", c.parties().contract()));
        rows.add(List.of("対象期間", c.from().toString(), c.to().toString()));
        rows.add(List.of("報告日", c.issuedOn().toString()));
        rows.add(List.of());
        for (Part part : c.parts()) {
            rows.add(List.of(part.title()));
            rows.add(part.table().headers());
            rows.addAll(part.table().rows());
            part.table().notes().forEach(note -> rows.add(List.of(note)));
            rows.add(List.of());
        }
        return Csv.utf8WithBom(List.of(TITLE), rows);
    }

    private static void table(PdfWriter out, ReportSection.Table table) {
        int columns = table.headers().size();
        if (columns > 0) {
            float[] fractions = new float[columns];
            Arrays.fill(fractions, 1f / columns);
            boolean[] right = new boolean[columns];
            out.gap(BODY * 0.3f);
            out.row(BODY - 1, BODY, fractions, right, table.headers().toArray(String[]::new));
            for (var row : table.rows()) {
                out.row(BODY - 1, BODY, fractions, right, row.toArray(String[]::new));
            }
        }
        for (String note : table.notes()) {
            out.paragraph("※" + note, BODY - 1, BODY);
        }
    }

    private static String period(Content c) {
        return JapaneseDates.date(c.from(), JA) + " 〜 " + JapaneseDates.date(c.to(), JA);
    }
}
