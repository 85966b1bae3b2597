package jp.akapen.privacy.handlers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.privacy.handlers.DesignationStatus;
import jp.akapen.privacy.handlers.HandlerDesignationService;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.privacy.handlers.RegisterEntry;
import jp.akapen.shared.JapaneseDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** /handlers without a browser (seed P2): the ward reads, the manager keeps the register. */
@AkapenSpringTest
class HandlersViewTest extends SpringBrowserlessTest {

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    HandlerDesignationService designations;

    @Autowired
    HandlerRegister register;

    @Autowired
    TestSupport.MovableClock clock;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JapaneseDates.ZONE);
    }

    HandlersView openAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(HandlersView.class);
    }

    @SuppressWarnings("unchecked")
    Grid<RegisterEntry> grid() {
        return find(Grid.class).single();
    }

    List<RegisterEntry> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    DesignationForm form() {
        return find(DesignationForm.class).single();
    }

    List<String> problems() {
        return find(Paragraph.class, form().problems).all().stream().map(Paragraph::getText).toList();
    }

    /** A handler account nobody has designated yet, trained yesterday (O3); its display name is returned. */
    record Person(long id, String displayName) {
    }

    Person newHandler() {
        TestSupport.signIn(users, "manager");
        String username = "view-" + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(new NewAccount(username, "新人 " + username, Role.CONTRACTOR_HANDLER,
                "a long enough passphrase"));
        jp.akapen.privacy.TrainingFixture.train(applicationContext, account.id());
        return new Person(account.id(), account.displayName());
    }

    @Test
    void the_ward_reads_the_whole_register_and_has_nothing_to_change() {
        openAs("ward1");

        assertThat(rows()).anySatisfy(r -> {
            assertThat(r.personName()).isEqualTo("赤井 校子（取扱者）");
            assertThat(r.status()).isEqualTo(DesignationStatus.ACTIVE);
        });
        assertThat(grid().getColumns()).extracting(c -> test(grid()).getHeaderCell(grid().getColumns().indexOf(c)))
                .containsExactly("氏名（表示名）・役割", "期間", "状態", "指定した人（日時）", "終了した人（日時）");
        assertThat(find(DesignationForm.class).all()).isEmpty();
        assertThat(find(Button.class).withText("指定する").all()).isEmpty();
        int row = rows().indexOf(rows().stream().filter(r -> r.personName().startsWith("赤井")
                && r.status() == DesignationStatus.ACTIVE).findFirst().orElseThrow());
        assertThat(((Span) test(grid()).getCellComponent(row, "status")).getText()).isEqualTo("指定中");
        assertThat(test(grid()).getCellText(row, 1)).endsWith("〜 終了日の定めなし");
    }

    @Test
    void the_manager_designates_a_handler_with_the_form_and_sees_the_new_row() {
        Person person = newHandler();
        openAs("manager");
        var form = form();

        test(form.person).selectItem(person.displayName() + "（取扱者（受託事業者））");
        test(form.end).setValue(today().plusMonths(6));
        test(form.designate).click();

        assertThat(rows()).anySatisfy(r -> {
            assertThat(r.personName()).isEqualTo(person.displayName());
            assertThat(r.status()).isEqualTo(DesignationStatus.ACTIVE);
            assertThat(r.designation().endsOn()).isEqualTo(today().plusMonths(6));
        });
        assertThat(register.isActive(person.id())).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).contains(person.displayName());
        assertThat(form.person.getValue()).as("cleared for the next one").isNull();
    }

    @Test
    void an_end_before_the_start_is_refused_with_a_clear_message_keeping_the_input_and_storing_nothing() {
        Person person = newHandler();
        openAs("manager");
        int before = rows().size();
        var form = form();
        test(form.person).selectItem(person.displayName() + "（取扱者（受託事業者））");
        test(form.start).setValue(today().plusDays(10));
        test(form.end).setValue(today().plusDays(3));

        test(form.designate).click();

        assertThat(problems()).containsExactly("終了日は開始日と同じか、それより後にしてください。");
        assertThat(form.person.getValue().id()).isEqualTo(person.id());
        assertThat(form.start.getValue()).isEqualTo(today().plusDays(10));
        assertThat(form.end.getValue()).isEqualTo(today().plusDays(3));
        assertThat(rows()).hasSize(before);
        assertThat(register.isActive(person.id())).isFalse();
    }

    @Test
    void an_overlapping_designation_and_a_missing_person_are_refused_with_clear_messages() {
        openAs("manager");
        int before = rows().size();
        var form = form();

        test(form.designate).click();
        assertThat(problems()).containsExactly("指定する人を選んでください。");

        test(form.person).selectItem("赤井 校子（取扱者）（取扱者（受託事業者））");
        test(form.designate).click();
        assertThat(problems()).containsExactly(
                "この人には期間の重なる指定がすでにあります。いまの指定を終了するか、重ならない期間にしてください。");
        assertThat(form.person.getValue().displayName()).isEqualTo("赤井 校子（取扱者）");
        assertThat(rows()).hasSize(before);
    }

    @Test
    void the_manager_ends_a_designation_after_confirming_and_it_shows_as_ended() {
        Person person = newHandler();
        TestSupport.signIn(users, "manager");
        designations.designate(person.id(), today(), null);
        openAs("manager");
        int row = rows().indexOf(rows().stream().filter(r -> r.personName().equals(person.displayName()))
                .findFirst().orElseThrow());

        var end = (Button) test(grid()).getCellComponent(row, "actions");
        assertThat(end.getText()).isEqualTo("終了");
        end.click();
        var dialog = find(Dialog.class).single();
        assertThat(find(Paragraph.class, dialog).single().getText()).startsWith(person.displayName() + " さんの取扱者の指定を今すぐ終了しますか？");
        test(find(Button.class, dialog).withId("confirm-end").single()).click();

        assertThat(register.isActive(person.id())).isFalse();
        assertThat(rows()).filteredOn(r -> r.personName().equals(person.displayName())).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(DesignationStatus.ENDED);
                    assertThat(r.endedByName()).isEqualTo("編集 責子（取扱責任者）");
                });
    }

    @Test
    void cancelling_the_confirmation_ends_nothing() {
        Person person = newHandler();
        TestSupport.signIn(users, "manager");
        designations.designate(person.id(), today(), null);
        openAs("manager");
        int row = rows().indexOf(rows().stream().filter(r -> r.personName().equals(person.displayName()))
                .findFirst().orElseThrow());

        ((Button) test(grid()).getCellComponent(row, "actions")).click();
        test(find(Button.class, find(Dialog.class).single()).withText("キャンセル").single()).click();

        assertThat(register.isActive(person.id())).isTrue();
    }
}
