package jp.akapen.privacy.vault.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.Texts;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.shared.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** /people (seed P2, P4): masked until one field is revealed, one audited read per click; nothing for others. */
@AkapenSpringTest
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonalDataService personalData;

    VaultFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VaultFixtures(context);
    }

    private PeopleView openAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(PeopleView.class);
    }

    private static void select(PeopleView view, long residentId) {
        var person = view.residents.getGenericDataView().getItems().filter(p -> p.id() == residentId).findFirst()
                .orElseThrow();
        view.residents.asSingleSelect().setValue(person);
    }

    private PeopleView.FieldRow row(PeopleView view, PersonalData.Field field) {
        return view.rows.stream().filter(r -> r.field == field).findFirst().orElseThrow();
    }

    @Test
    void residents_are_listed_by_pen_name_and_nothing_personal_is_sent_before_a_field_is_revealed() {
        long resident1 = fixtures.id("resident1");
        long before = fixtures.lastSeq();
        var view = openAs("ward1");

        assertThat(view.residents.getGenericDataView().getItems()).extracting(People.Person::displayName)
                .contains("さくら", "若葉");
        select(view, resident1);

        assertThat(view.rows).hasSize(PersonalData.Field.values().length)
                .allSatisfy(r -> assertThat(r.value.getText()).isEqualTo(PeopleView.MASK));
        assertThat(Texts.everything()).doesNotContain("山田", "resident1@example.jp", "架空町", "000-0000");
        assertThat(fixtures.eventsAfter(before)).as("opening and choosing read nothing").isEmpty();
    }

    @Test
    void one_click_reveals_one_field_and_writes_one_audit_event_naming_it() {
        long resident1 = fixtures.id("resident1");
        var view = openAs("ward1");
        select(view, resident1);
        long before = fixtures.lastSeq();

        test(row(view, PersonalData.Field.EMAIL).reveal).click();

        assertThat(row(view, PersonalData.Field.EMAIL).value.getText()).isEqualTo("resident1@example.jp");
        assertThat(row(view, PersonalData.Field.FULL_NAME).value.getText()).isEqualTo(PeopleView.MASK);
        assertThat(Texts.everything()).doesNotContain("山田");
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PERSONAL_DATA_READ");
            assertThat(e.fields()).containsExactly("email");
            assertThat(e.objectId()).isEqualTo(String.valueOf(resident1));
        });
    }

    @Test
    void a_designated_handler_reveals_a_field_but_is_offered_no_correction() {
        String handler = fixtures.newAccount(Role.CONTRACTOR_HANDLER);
        fixtures.designate(handler);
        var view = openAs(handler);
        select(view, fixtures.id("resident2"));

        test(row(view, PersonalData.Field.FULL_NAME).reveal).click();

        assertThat(row(view, PersonalData.Field.FULL_NAME).value.getText()).isEqualTo("佐藤 みどり");
        assertThat(Texts.everything()).doesNotContain("people-correct");
    }

    /** P2, R5: the manager and handlers who are not designated see why, and no resident at all. */
    @Test
    void someone_not_designated_sees_an_explanation_and_no_data() {
        for (String username : new String[] {"manager", fixtures.newAccount(Role.CONTRACTOR_HANDLER)}) {
            long before = fixtures.lastSeq();
            openAs(username);

            assertThat(find(Paragraph.class).withClassName("not-designated").single().getText())
                    .contains("指定されていない");
            assertThat(find(Grid.class).all()).isEmpty();
            assertThat(Texts.everything()).doesNotContain("さくら", "山田", "@example.jp");
            assertThat(fixtures.eventsAfter(before)).noneMatch(e -> e.action().equals("PERSONAL_DATA_READ"));
        }
    }

    /** Ward staff correct a resident's data; a form gone stale is refused and keeps what was typed. */
    @Test
    void ward_staff_correct_data_and_a_stale_form_is_refused_with_the_input_kept() {
        String resident = fixtures.newAcknowledgedResident();
        long id = fixtures.id(resident);
        TestSupport.signIn(users, resident);
        personalData.save(id, new PersonalData("訂正 前子", null, "新宿区1", "before@example.jp", null), 0);

        var view = openAs("ward1");
        select(view, id);
        test(find(com.vaadin.flow.component.button.Button.class).id("people-correct")).click();
        var form = view.form;
        assertThat(form.email.getValue()).isEqualTo("before@example.jp");

        // the resident saves in the meantime
        TestSupport.signIn(users, resident);
        personalData.save(id, new PersonalData("訂正 前子", null, "新宿区2", "before@example.jp", null), 1);
        TestSupport.signIn(users, "ward1");

        test(form.email).setValue("ward@example.jp");
        test(form.save).click();

        assertThat(find(Paragraph.class, form.problems).single().getText()).contains("ほかの人");
        assertThat(form.email.getValue()).isEqualTo("ward@example.jp");
        assertThat(personalData.readField(id, PersonalData.Field.EMAIL).value()).isEqualTo("before@example.jp");

        // reopened, the correction goes through
        select(view, fixtures.id("resident1"));
        select(view, id);
        test(find(com.vaadin.flow.component.button.Button.class).id("people-correct")).click();
        assertThat(view.form.address.getValue()).isEqualTo("新宿区2");
        test(view.form.email).setValue("ward@example.jp");
        test(view.form.save).click();
        assertThat(personalData.readField(id, PersonalData.Field.EMAIL).value()).isEqualTo("ward@example.jp");
    }
}
