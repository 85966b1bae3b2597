package jp.akapen.lecture.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.akapen.lecture.survey.SurveyResults.Bar;
import jp.akapen.lecture.survey.SurveyResults.QuestionResult;

/**
 * Adds answers up per question. Plain Java. Free texts come sorted, never in the order they were given, so the list
 * says nothing about who answered when.
 */
final class Tally {

    private Tally() {
    }

    /** {@code answers}: per question id, one answer per response that answered it. */
    static List<QuestionResult> of(List<Question> questions, Map<Long, List<Answer>> answers, boolean anonymous) {
        var results = new ArrayList<QuestionResult>();
        int number = 0;
        for (Question q : questions) {
            number++;
            List<Answer> given = answers.getOrDefault(q.id(), List.of());
            int answered = given.size();
            if (SmallGroups.withheld(anonymous, answered)) {
                results.add(new QuestionResult(number, q, answered, true, List.of(), List.of()));
                continue;
            }
            results.add(switch (q.kind()) {
                case SINGLE, MULTIPLE -> new QuestionResult(number, q, answered, false, optionBars(q, given), List.of());
                case SCALE -> new QuestionResult(number, q, answered, false, scaleBars(given), List.of());
                case TEXT -> new QuestionResult(number, q, answered, false, List.of(), texts(given));
            });
        }
        return results;
    }

    private static List<Bar> optionBars(Question q, List<Answer> given) {
        int[] counts = new int[q.options().size()];
        for (Answer a : given) {
            if (a instanceof Answer.Choice c) {
                c.options().stream().filter(i -> i >= 0 && i < counts.length).distinct().forEach(i -> counts[i]++);
            }
        }
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < counts.length; i++) {
            bars.add(new Bar(q.options().get(i), counts[i], percent(counts[i], given.size())));
        }
        return bars;
    }

    private static List<Bar> scaleBars(List<Answer> given) {
        int[] counts = new int[5];
        for (Answer a : given) {
            if (a instanceof Answer.Scale s && s.value() >= 1 && s.value() <= 5) {
                counts[s.value() - 1]++;
            }
        }
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < 5; i++) {
            bars.add(new Bar(String.valueOf(i + 1), counts[i], percent(counts[i], given.size())));
        }
        return bars;
    }

    private static List<String> texts(List<Answer> given) {
        return given.stream().filter(Answer.Text.class::isInstance).map(a -> ((Answer.Text) a).text())
                .sorted(Comparator.naturalOrder()).toList();
    }

    static int percent(int count, int of) {
        return of == 0 ? 0 : (int) Math.round(count * 100.0 / of);
    }
}
