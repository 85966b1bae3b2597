package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@AkapenSpringTest
class MenuPerRoleTest extends SpringBrowserlessTest {

    static final Map<String, List<String>> MENUS = Map.of(
            "resident", List.of("ホーム", "原稿", "講座・会議", "アンケート", "事故の報告", "わたしの個人情報", "ファイル", "お知らせ", "マイアカウント", "パスワード変更", "二段階認証"),
            "handler", List.of("ホーム", "原稿", "年度と号", "表記辞書", "講座・会議", "アンケート", "個人情報", "個人情報の持出し", "事故の報告", "メール作成", "ファイル", "お知らせ", "マイアカウント", "パスワード変更", "二段階認証"),
            "contractor", List.of("ホーム", "原稿", "年度と号", "表記辞書", "事故の報告", "ファイル", "お知らせ", "マイアカウント", "パスワード変更", "二段階認証"),
            "manager", List.of("ホーム", "原稿", "年度と号", "表記辞書", "進捗", "講座・会議", "アンケート", "取扱者の指定", "研修", "個人情報", "保存期間", "個人情報の持出し", "取扱状況の報告", "年次監査", "事故の報告", "アカウント管理", "メール作成", "メール送信状況",
                    "ファイル", "お知らせ", "マイアカウント", "パスワード変更", "二段階認証"),
            "ward", List.of("ホーム", "原稿", "年度と号", "表記辞書", "進捗", "講座・会議", "アンケート", "取扱者の指定", "研修", "個人情報", "保存期間", "個人情報の持出し", "取扱状況の報告", "年次監査", "事故の報告", "アカウント管理", "監査ログ",
                    "メール送信状況", "全メールの閲覧", "ファイル", "お知らせ", "マイアカウント", "パスワード変更", "二段階認証"));

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} sees the menu of a {1}")
    @CsvSource({
            "resident1, 区民編集委員, resident",
            "resident7, 区民編集委員, resident",
            "handler1, 取扱者（受託事業者）, handler",
            "staff1, 編集スタッフ（受託事業者）, contractor",
            "manager, 取扱責任者（受託事業者）, manager",
            "ward1, 区職員, ward"})
    void each_user_sees_their_name_role_and_only_the_menu_entries_they_may_open(
            String username, String roleLabel, String menu) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);

        navigate(HomeView.class);

        var nav = find(SideNav.class).single();
        assertThat(nav.getElement().getChildren().filter(e -> e.getTag().equals("vaadin-side-nav-item")))
                .extracting(item -> item.getText()).containsExactlyElementsOf(MENUS.get(menu));
        assertThat(find(Span.class).withClassName("user-role").single().getText()).isEqualTo(roleLabel);
        assertThat(find(H2.class).single().getText()).startsWith("ようこそ、");
    }

    @ParameterizedTest(name = "{0} cannot open the account administration")
    @CsvSource({"resident1", "handler1", "staff1"})
    void a_user_who_may_not_open_a_page_is_told_it_is_not_there(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);

        navigate("accounts", NotFoundView.Denied.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("このページを開く権限がありません");
    }
}
