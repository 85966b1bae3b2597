package jp.akapen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Keeps issue 17's load client honest in the normal build: it speaks Vaadin's UIDL well enough to sign a resident in
 * through the login form and find her home page's greeting and menu, and a wrong password is refused.
 */
@AkapenSpringTest
class UidlClientTest {

    @LocalServerPort
    int port;

    @Test
    void a_resident_signs_in_through_the_login_form_and_sees_her_home_page() {
        var tab = new UidlClient(UidlClient.httpClient(), port);
        tab.signIn("resident1", "akapen-demo", null);

        assertThat(tab.location()).isEmpty();
        assertThat(tab.shows("ようこそ、さくらさん")).as(tab.outline()).isTrue();
        assertThat(tab.all(n -> "vaadin-side-nav-item".equals(n.tag()))).isNotEmpty();

        tab.navigate("manuscripts");
        assertThat(tab.location()).isEqualTo("manuscripts");
        assertThat(tab.shows("わたしの町の「おたがいさま」")).as(tab.outline()).isTrue();
    }

    @Test
    void a_resident_who_signs_out_lands_on_the_login_page_and_her_old_session_opens_no_page() {
        var tab = new UidlClient(UidlClient.httpClient(), port);
        tab.signIn("resident1", "akapen-demo", null);

        tab.signOut();

        assertThat(tab.location()).isEqualTo("login");
        tab.openPage("manuscripts");
        assertThat(tab.location()).as("the same cookies after signing out").isEqualTo("login");
        assertThat(tab.shows("わたしの町の「おたがいさま」")).isFalse();
    }

    @Test
    void a_wrong_password_is_refused() {
        var tab = new UidlClient(UidlClient.httpClient(), port);
        assertThatThrownBy(() -> tab.signIn("resident2", "not-the-password", null))
                .isInstanceOf(UidlClient.UidlException.class).hasMessageContaining("refused");
    }
}
