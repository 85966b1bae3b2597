package jp.akapen.edition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.Cohort;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The pages where the ward and the contractor manager set up a year and its editions (W5). */
@AkapenSpringTest
class EditionViewsTest extends SpringBrowserlessTest {

    static final AtomicInteger YEAR = new AtomicInteger(2040);

    @Autowired
    UserDetailsService users;

    @Autowired
    EditionService editions;

    @Autowired
    jp.akapen.proofreading.ProofreadingService proofreading;

    private void signInAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    private long id(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).id();
    }

    private <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasLabel> T labelled(
            Class<T> type, String label) {
        return find(type).all().stream().filter(c -> label.equals(c.getLabel())).findFirst().orElseThrow();
    }

    /** A year no cohort has yet: other classes take years too, in the same database. */
    private int unusedYear() {
        TestSupport.signIn(users, "ward1");
        var taken = editions.cohorts().stream().map(Cohort::fiscalYear).collect(java.util.stream.Collectors.toSet());
        int year = YEAR.getAndIncrement();
        while (taken.contains(year)) {
            year = YEAR.getAndIncrement();
        }
        return year;
    }

    private long anEdition() {
        TestSupport.signIn(users, "ward1");
        var cohort = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31),
                "あかね編集室", List.of(id("resident1"), id("resident2")))));
        int year = cohort.fiscalYear();
        return editions.createEdition(cohort.id(), 1, "春の号",
                Map.of(MilestoneKind.DRAFT_DUE, LocalDate.of(year, 6, 1))).id();
    }

    @Test
    void the_ward_registers_a_year_with_its_residents_through_the_form() {
        int year = unusedYear();
        signInAs("ward1");
        navigate(EditionsView.class);
        test(labelled(IntegerField.class, "年度（西暦の開始年）")).setValue(year);
        labelled(DatePicker.class, "契約開始日").setValue(LocalDate.of(year, 4, 15));
        labelled(DatePicker.class, "契約終了日").setValue(LocalDate.of(year + 1, 3, 31));
        test(labelled(TextField.class, "受託事業者")).setValue("あかね編集室");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> residents = find(MultiSelectComboBox.class).single();
        residents.select(residents.getGenericDataView().getItems().limit(2).toList());

        test(find(Button.class).withText("年度を登録").single()).click();

        assertThat(editions.cohorts()).anySatisfy(c -> {
            assertThat(c.fiscalYear()).isEqualTo(year);
            assertThat(c.residents()).extracting(Cohort.Member::penName).hasSize(2);
        });
    }

    @Test
    void a_bad_term_is_explained_and_nothing_is_stored() {
        int year = unusedYear();
        signInAs("ward1");
        navigate(EditionsView.class);
        test(labelled(IntegerField.class, "年度（西暦の開始年）")).setValue(year);
        labelled(DatePicker.class, "契約開始日").setValue(LocalDate.of(year + 1, 4, 15));
        labelled(DatePicker.class, "契約終了日").setValue(LocalDate.of(year, 3, 31));
        test(labelled(TextField.class, "受託事業者")).setValue("あかね編集室");

        test(find(Button.class).withText("年度を登録").single()).click();

        assertThat(find(Paragraph.class).withClassName("form-problem").all()).extracting(Paragraph::getText)
                .contains("契約期間の開始日と終了日を正しく入力してください。");
        assertThat(editions.cohorts()).noneMatch(c -> c.fiscalYear() == year);
    }

    @Test
    void the_manager_adds_an_article_moves_a_date_and_reports_the_delivery_which_the_ward_confirms() {
        long editionId = anEdition();
        signInAs("manager");
        navigate(EditionView.class, Map.of("editionId", String.valueOf(editionId)));

        test(labelled(TextField.class, "記事")).setValue("春の記事");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Cohort.Member> residents = find(MultiSelectComboBox.class).single();
        residents.select(residents.getGenericDataView().getItems().filter(m -> m.penName().equals("若葉")).toList());
        @SuppressWarnings("unchecked")
        ComboBox<Object> handler = find(ComboBox.class).all().stream()
                .filter(c -> "担当（取扱者）".equals(c.getLabel())).findFirst().orElseThrow();
        test(handler).selectItem("赤井 校子（取扱者）");
        test(find(Button.class).withId("add-article").single()).click();
        TestSupport.signIn(users, "ward1");
        assertThat(editions.articlesOf(editionId)).singleElement().satisfies(a -> {
            assertThat(a.penNames()).isEqualTo("若葉");
            assertThat(a.handlerName()).contains("赤井");
        });

        signInAs("manager");
        navigate(EditionView.class, Map.of("editionId", String.valueOf(editionId)));
        test(labelled(DatePicker.class, "原稿締切")).setValue(LocalDate.of(2700, 6, 8));
        test(find(Button.class).withText("納品を報告").single()).click();
        TestSupport.signIn(users, "ward1");
        assertThat(editions.edition(editionId).milestones().get(MilestoneKind.DRAFT_DUE))
                .isEqualTo(LocalDate.of(2700, 6, 8));
        assertThat(editions.scheduleChanges(editionId).getFirst().changedBy()).contains("編集 責子");
        assertThat(editions.edition(editionId).deliveredOn()).isNotNull();
        assertThat(editions.edition(editionId).deliveryConfirmed()).isFalse();

        signInAs("ward1");
        navigate(EditionView.class, Map.of("editionId", String.valueOf(editionId)));
        test(find(Button.class).withId("confirm-delivery").single()).click();
        assertThat(editions.edition(editionId).deliveryConfirmed()).isTrue();
    }

    @Test
    void the_manager_lists_a_word_the_edition_uses_on_purpose_and_an_empty_one_is_refused_in_place() {
        long editionId = anEdition();
        signInAs("manager");
        navigate(EditionView.class, Map.of("editionId", String.valueOf(editionId)));
        var word = labelled(TextField.class, "語");

        test(find(Button.class).withId("allow-word").single()).click();
        assertThat(word.isInvalid()).isTrue();
        assertThat(word.getErrorMessage()).isEqualTo("語を入力してください。");

        test(labelled(TextField.class, "語")).setValue("女流文学賞");
        test(find(Button.class).withId("allow-word").single()).click();
        assertThat(proofreading.allowed(editionId)).containsExactly("女流文学賞");
        assertThat(find(Span.class).withClassName("allowed-word").all()).hasSize(1);

        signInAs("staff1");
        navigate(EditionView.class, Map.of("editionId", String.valueOf(editionId)));
        assertThat(find(Button.class).withId("allow-word").all()).isEmpty();
        assertThat(find(Span.class).withClassName("allowed-word").single().getElement().getTextRecursively())
                .isEqualTo("女流文学賞");
    }

    @Test
    void contractor_staff_read_the_schedule_but_cannot_change_it() {
        long editionId = anEdition();
        signInAs("staff1");
        navigate(EditionView.class, Map.of("editionId", String.valueOf(editionId)));

        assertThat(labelled(DatePicker.class, "原稿締切").isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("add-article").all()).isEmpty();
        assertThat(find(Button.class).withText("納品を報告").all()).isEmpty();
    }

    @Test
    void the_ward_creates_an_edition_with_its_schedule_and_lands_on_its_page() {
        TestSupport.signIn(users, "ward1");
        int year = TestSupport.freeYear(YEAR, y -> editions.createCohort(new NewCohort(y, LocalDate.of(y, 4, 1),
                LocalDate.of(y + 1, 3, 31), "あかね編集室", List.of(id("resident3"))))).fiscalYear();
        signInAs("ward1");
        navigate(EditionsView.class);
        @SuppressWarnings("unchecked")
        Select<Cohort> cohort = find(Select.class).single();
        test(cohort).selectItem(JapaneseDates.fiscalYear(year, Locale.JAPANESE));
        test(labelled(IntegerField.class, "号")).setValue(1);
        test(labelled(TextField.class, "号のタイトル")).setValue("創刊号");
        labelled(DatePicker.class, "原稿締切").setValue(LocalDate.of(year, 5, 10));
        labelled(DatePicker.class, "納品").setValue(LocalDate.of(year, 9, 30));

        test(find(Button.class).withText("号を作成").single()).click();

        assertThat(getCurrentView()).isInstanceOf(EditionView.class);
        assertThat(editions.editions()).anySatisfy(e -> {
            assertThat(e.fiscalYear()).isEqualTo(year);
            assertThat(e.title()).isEqualTo("創刊号");
            assertThat(e.milestones()).containsEntry(MilestoneKind.DELIVERY, LocalDate.of(year, 9, 30));
        });
    }

    @Test
    void the_ward_adds_a_resident_to_a_formed_year_and_only_residents_not_in_it_are_offered() {
        signInAs("ward1");
        var cohort = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), "あかね編集室", List.of(id("resident1")))));
        navigate(EditionsView.class);
        var form = find(Div.class).withId("cohort-join-" + cohort.id()).single();
        var row = (HorizontalLayout) form.getChildren().findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<People.Person> resident = (ComboBox<People.Person>) row.getChildren().findFirst().orElseThrow();
        assertThat(resident.getGenericDataView().getItems().map(People.Person::id)).doesNotContain(id("resident1"))
                .contains(id("resident3"));
        resident.setValue(resident.getGenericDataView().getItems().filter(p -> p.id() == id("resident3"))
                .findFirst().orElseThrow());
        test((Button) row.getChildren().skip(1).findFirst().orElseThrow()).click();

        assertThat(editions.cohorts()).filteredOn(c -> c.id() == cohort.id()).singleElement()
                .satisfies(c -> assertThat(c.residents()).extracting(Cohort.Member::id)
                        .containsExactly(id("resident1"), id("resident3")));
    }
}
