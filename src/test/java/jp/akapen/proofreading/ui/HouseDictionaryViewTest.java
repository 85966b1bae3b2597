package jp.akapen.proofreading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.proofreading.HouseTerm;
import jp.akapen.proofreading.ProofreadingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 表記辞書: the manager keeps the house dictionary in the portal; the others read it (issue 16; W2). */
@AkapenSpringTest
class HouseDictionaryViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ProofreadingService proofreading;

    private HouseDictionaryView open(String user) {
        TestSupport.signIn(users, user);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(HouseDictionaryView.class);
    }

    @Test
    void the_manager_adds_a_row_through_the_form_and_it_is_listed_as_added_here() {
        var view = open("manager");
        test(view.pattern).setValue("取り組み事例");
        test(view.replacement).setValue("取組事例");
        test(view.note).setValue("公用文の表記に合わせます / Official notation");
        test(view.exampleBefore).setValue("取り組み事例を紹介します。");
        test(view.exampleAfter).setValue("取組事例を紹介します。");

        test(find(Button.class).withId("save-term").single()).click();

        assertThat(view.problem.isVisible()).isFalse();
        var added = proofreading.houseTerms().stream().filter(t -> t.pattern().equals("取り組み事例")).findFirst()
                .orElseThrow();
        assertThat(added.origin()).isEqualTo(HouseTerm.Origin.OWN);
        var row = find(Div.class).withId("term-" + added.ruleId().replace('.', '-')).single();
        assertThat(row.getChildren().filter(c -> c.hasClassName("suggestion-category")).findFirst().orElseThrow()
                .getElement().getText()).contains("追加した行");
        TestSupport.signIn(users, "manager");
        proofreading.withdrawHouseTerm(added.ruleId(), true);
    }

    @Test
    void a_row_whose_example_shows_nothing_is_refused_in_place_and_the_form_keeps_what_was_typed() {
        var view = open("manager");
        test(view.pattern).setValue("存在しない語");
        test(view.replacement).setValue("別の語");
        test(view.note).setValue("理由");
        test(view.exampleBefore).setValue("今日は晴れです。");
        test(view.exampleAfter).setValue("今日は晴れです。");

        test(find(Button.class).withId("save-term").single()).click();

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("修正前の例");
        assertThat(view.pattern.getValue()).isEqualTo("存在しない語");
        assertThat(proofreading.houseTerms()).noneMatch(t -> t.pattern().equals("存在しない語"));
    }

    @Test
    void contractor_staff_and_the_ward_read_the_rows_without_a_form_or_buttons() {
        for (String user : new String[] {"staff1", "ward1"}) {
            var view = open(user);
            assertThat(find(Button.class).withId("save-term").all()).as(user).isEmpty();
            assertThat(view.rows.getChildren()).as(user).hasSizeGreaterThan(30);
            assertThat(find(Button.class).withText("停止").all()).as(user).isEmpty();
        }
    }
}
