package jp.akapen.lecture.survey.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Finds in a survey question what seed P7 forbids asking without the ward's consent. A first word list only; the
 * dictionary with morphology replaces it (issue 13 item 10), behind the same method.
 */
@Component
public class QuestionScreening {

    private static final Map<String, SensitiveCategory> WORDS = Map.of(
            "宗教", SensitiveCategory.BELIEF,
            "信仰", SensitiveCategory.BELIEF,
            "障害", SensitiveCategory.DISCRIMINATION,
            "性的指向", SensitiveCategory.DISCRIMINATION,
            "犯罪", SensitiveCategory.CRIME);

    /** What in {@code question} needs the ward's consent; empty when nothing does. */
    public List<ScreeningFinding> findings(String question) {
        List<ScreeningFinding> found = new ArrayList<>();
        WORDS.forEach((word, category) -> {
            if (question.contains(word)) {
                found.add(new ScreeningFinding(category, word, "「" + word + "」は同意なく尋ねてはならない事項に触れます。"));
            }
        });
        return found;
    }
}
