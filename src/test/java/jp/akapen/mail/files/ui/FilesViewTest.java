package jp.akapen.mail.files.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.mail.files.PortalFile;
import jp.akapen.mail.files.PortalFiles;
import jp.akapen.shared.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** ファイル without a browser (issue 12 item 5; E3): add a file, make a link, revoke it, read a zip's password. */
@AkapenSpringTest
class FilesViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    PortalFiles files;

    private FilesView openAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(FilesView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<PortalFile> grid() {
        return find(Grid.class).all().stream()
                .filter(g -> g.getParent().filter(FilesView.class::isInstance).isPresent())
                .findFirst().orElseThrow();
    }

    private Button button(PortalFile file, String text) {
        var items = grid().getGenericDataView().getItems().map(PortalFile::id).toList();
        var cell = test(grid()).getCellComponent(items.indexOf(file.id()), "actions");
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private PortalFile listed(String name) {
        return grid().getGenericDataView().getItems().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_handler_adds_a_file_for_all_residents_makes_a_link_and_revokes_it() {
        var view = openAs("handler1");
        find(CheckboxGroup.class).single().setValue(Set.of(Roles.RESIDENT));

        view.received(new FileUpload.Received("講座資料 第3号.txt", "text/plain",
                "第3号の講座資料".getBytes(StandardCharsets.UTF_8), false));

        assertThat(view.statusMessage()).isEqualTo("「講座資料 第3号.txt」を置きました。");
        var file = listed("講座資料 第3号.txt");
        assertThat(file.readerRoles()).containsExactly(Roles.RESIDENT);

        test(button(file, "リンクを作成")).click();
        test(find(Button.class).withText("作成").single()).click();
        String url = find(TextField.class).withClassName("file-link-url").single().getValue();
        assertThat(url).matches("https?://.+/files/download/[A-Za-z0-9_-]{43}");
        find(Dialog.class).single().close();

        test(button(file, "リンク一覧")).click();
        var links = find(Grid.class).all().stream().filter(g -> g != grid()).findFirst().orElseThrow();
        test((Button) test(links).getCellComponent(0, "revoke")).click();
        assertThat(find(Dialog.class).single().getElement().getTextRecursively()).contains("リンクを取り消しました。");
        assertThat(files.links(file.id())).singleElement().satisfies(l -> assertThat(l.revokedAt()).isNotNull());
    }

    @Test
    void a_file_over_the_limit_is_refused_in_place_with_the_reason() {
        var view = openAs("staff1");

        view.received(new FileUpload.Received("大きな写真.jpg", "image/jpeg", null, true));

        assertThat(view.statusMessage()).isEqualTo("「大きな写真.jpg」は2 MBを超えるため置けません。");
    }

    @Test
    void the_ward_makes_an_encrypted_zip_and_reads_its_password_in_the_portal() {
        var view = openAs("ward1");
        view.received(new FileUpload.Received("名簿.csv", "text/csv", "筆名,区\nさくら,新宿\n".getBytes(StandardCharsets.UTF_8),
                false));
        var file = listed("名簿.csv");

        test(button(file, "暗号化zipを作成")).click();

        assertThat(view.statusMessage()).startsWith("「名簿.csv.zip」を作りました（AES-256）");
        assertThat(find(TextField.class).withClassName("zip-password").single().getValue()).hasSizeGreaterThanOrEqualTo(16);
        find(Dialog.class).single().close();
        assertThat(listed("名簿.csv.zip").encryptedZip()).isTrue();
    }

    @Test
    void a_resident_sees_what_was_shared_with_them_and_no_upload() {
        TestSupport.signIn(users, "manager");
        files.upload("全員へのお知らせ.txt", "text/plain", "お知らせ".getBytes(StandardCharsets.UTF_8), Set.of(),
                Set.of(Roles.RESIDENT));

        openAs("resident2");

        assertThat(find(Upload.class).all()).isEmpty();
        assertThat(grid().getGenericDataView().getItems().map(PortalFile::name).toList()).contains("全員へのお知らせ.txt");
        var items = grid().getGenericDataView().getItems().map(PortalFile::id).toList();
        var cell = test(grid()).getCellComponent(items.indexOf(listed("全員へのお知らせ.txt").id()), "actions");
        assertThat(cell.getChildren().map(c -> c instanceof Anchor a ? a.getText() : ((Button) c).getText()).toList())
                .as("a resident downloads; links and zips are the contractor's and the ward's").containsExactly("ダウンロード");
    }
}
