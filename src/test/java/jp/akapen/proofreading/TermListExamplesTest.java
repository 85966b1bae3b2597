package jp.akapen.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The examples in the editable term lists are tests: each row's before is caught, its after is not. */
class TermListExamplesTest {

    private static final Proofreader PROOFREADER = Proofreader.standard();

    @TestFactory
    Stream<DynamicTest> every_house_dictionary_example_before_is_caught_and_after_is_not() {
        return examples(TermLists.houseDictionary());
    }

    @TestFactory
    Stream<DynamicTest> every_gender_list_example_before_is_caught_and_after_is_not() {
        return examples(TermLists.genderPerspective());
    }

    private static Stream<DynamicTest> examples(List<TermEntry> entries) {
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.ruleId(), () -> {
            assertThat(ruleIds(entry.exampleBefore())).as("before: %s", entry.exampleBefore()).contains(entry.ruleId());
            assertThat(ruleIds(entry.exampleAfter())).as("after: %s", entry.exampleAfter()).doesNotContain(entry.ruleId());
        }));
    }

    private static List<String> ruleIds(String text) {
        return PROOFREADER.check(text).stream().map(Suggestion::ruleId).toList();
    }
}
