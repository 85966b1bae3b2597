package jp.akapen.lecture.survey;

import java.util.ArrayList;
import java.util.List;
import jp.akapen.lecture.survey.SurveyResults.Bar;
import jp.akapen.lecture.survey.SurveyResults.QuestionResult;
import jp.akapen.shared.Csv;

/**
 * The aggregates as a CSV (UTF-8 with BOM, Excel-safe through {@link Csv}): one line per bar, one line per free-text
 * question with its number of answers, one line saying "withheld" for a small group. The caller gives the words.
 */
public final class SurveyCsv {

    /** Column headings and the cell words, in the reader's language. */
    public record Words(String number, String question, String choice, String count, String percent,
            String answered, String withheld, String freeText) {
    }

    private SurveyCsv() {
    }

    public static byte[] aggregates(SurveyResults results, Words w) {
        List<List<String>> rows = new ArrayList<>();
        for (QuestionResult q : results.questions()) {
            String number = String.valueOf(q.number());
            String text = q.question().text();
            if (q.withheld()) {
                rows.add(List.of(number, text, w.withheld(), "", "", String.valueOf(q.answered())));
            } else if (q.question().kind() == QuestionKind.TEXT) {
                rows.add(List.of(number, text, w.freeText(), String.valueOf(q.texts().size()), "",
                        String.valueOf(q.answered())));
            } else {
                for (Bar bar : q.bars()) {
                    rows.add(List.of(number, text, bar.label(), String.valueOf(bar.count()), String.valueOf(bar.percent()),
                            String.valueOf(q.answered())));
                }
            }
        }
        return Csv.utf8WithBom(List.of(w.number(), w.question(), w.choice(), w.count(), w.percent(), w.answered()), rows);
    }
}
