package jp.akapen.privacy.vault.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.purpose.ui.PurposeNoticeText;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** /my-data (seed P1, P6): a resident sees and corrects their own data, under the purpose notice. */
@AkapenSpringTest
class MyDataViewTest extends SpringBrowserlessTest {

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

    private MyDataView openAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(MyDataView.class);
    }

    @Test
    void a_resident_sees_the_purpose_notice_above_their_own_data_and_the_visit_is_one_audited_read() {
        long before = fixtures.lastSeq();
        var view = openAs("resident3");

        assertThat(find(PurposeNoticeText.class).single().getElement().getTextRecursively()).contains("利用目的", "消去");
        assertThat(view.getChildren().toList().indexOf(find(PurposeNoticeText.class).single()))
                .isLessThan(view.getChildren().toList().indexOf(view.form));
        assertThat(view.form.fullName.getValue()).isEqualTo("鈴木 一郎");
        assertThat(view.form.email.getValue()).isEqualTo("resident3@example.jp");
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PERSONAL_DATA_READ");
            assertThat(e.actorId()).isEqualTo(fixtures.id("resident3"));
            assertThat(e.objectId()).isEqualTo(String.valueOf(fixtures.id("resident3")));
        });
    }

    @Test
    void bad_input_gets_a_message_at_each_field_keeps_what_was_typed_and_saves_nothing() {
        String resident = fixtures.newAcknowledgedResident();
        var view = openAs(resident);
        assertThat(view.state.isVisible()).as("nothing registered yet is said").isTrue();

        test(view.form.fullName).setValue("新しい\t名前");
        test(view.form.address).setValue("新宿区架空町9");
        test(view.form.email).setValue("not-an-email");
        test(view.form.phone).setValue("x".repeat(31));
        test(view.form.save).click();

        assertThat(view.form.fullName.isInvalid()).isTrue();
        assertThat(view.form.fullName.getErrorMessage()).contains("制御文字");
        assertThat(view.form.email.getErrorMessage()).contains("メールアドレスの形式");
        assertThat(view.form.phone.getErrorMessage()).contains("30文字以内");
        assertThat(view.form.address.isInvalid()).isFalse();
        assertThat(view.form.email.getValue()).isEqualTo("not-an-email");
        assertThat(view.form.fullName.getValue()).isEqualTo("新しい\t名前");
        TestSupport.signIn(users, "ward1");
        assertThat(personalData.hasEntry(fixtures.id(resident))).isFalse();
        TestSupport.signIn(users, resident);

        test(view.form.fullName).setValue("新しい 名前");
        test(view.form.email).setValue("new@example.jp");
        test(view.form.phone).setValue("");
        test(view.form.save).click();

        assertThat(view.form.email.isInvalid()).isFalse();
        assertThat(view.state.isVisible()).isFalse();
        TestSupport.signIn(users, resident);
        assertThat(personalData.readAll(fixtures.id(resident)).data().email()).isEqualTo("new@example.jp");
    }
}
