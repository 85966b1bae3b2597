package jp.akapen.manuscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.Annotations;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.SqlCounter;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import jp.akapen.shared.ui.ListClicks;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The manuscript pages as each role sees them, without a browser (W1, W2). */
@AkapenSpringTest
class ManuscriptViewsTest extends SpringBrowserlessTest {

    static final String DRAFT = "朝の八時になると、小学校の前に黄色い旗を持った人たちが立ちます。\n以前は母親ばかりでした。\n";

    @Autowired
    UserDetailsService users;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    DSLContext db;

    long manuscriptId;

    @BeforeEach
    void assignAManuscript() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        TestSupport.signIn(users, "ward1");
        manuscriptId = manuscripts.assign("旗の朝", resident1, null).id();
    }

    private void signInAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    private ManuscriptView openManuscript() {
        return navigate(ManuscriptView.class, Map.of("manuscriptId", String.valueOf(manuscriptId)));
    }

    private RoundView openRound(int number) {
        return navigate(RoundView.class, Map.of("manuscriptId", String.valueOf(manuscriptId), "round",
                String.valueOf(number)));
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    private void draftSavedByResident() {
        TestSupport.signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, DRAFT, VersionOrigin.DRAFT, null, null);
    }

    private void roundReturnedWithTwoChanges() {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                DRAFT.replace("八時", "8時").replace("母親ばかり", "母親がほとんど"));
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
    }

    @Test
    void a_resident_writes_a_draft_and_it_becomes_version_1() {
        signInAs("resident1");
        openManuscript();
        test(find(TextArea.class).withClassName("manuscript-editor").single()).setValue(DRAFT);

        test(find(Button.class).withId("save-draft").single()).click();

        assertThat(lastNotification()).isEqualTo("第1版として保存しました。");
        assertThat(manuscripts.latest(manuscriptId).orElseThrow().body()).isEqualTo(DRAFT);
    }

    private TextArea editor() {
        return find(TextArea.class).withClassName("manuscript-editor").single();
    }

    private String uploadStatus() {
        return find(TextUpload.class).single().statusMessage();
    }

    @Test
    void an_uploaded_shift_jis_file_is_shown_in_the_editor_before_anything_is_saved() throws IOException {
        signInAs("resident1");
        openManuscript();
        var upload = find(TextUpload.class).single();

        upload.receive("原稿.txt", new ByteArrayInputStream(DRAFT.getBytes(Charset.forName("windows-31j"))));

        assertThat(editor().getValue()).isEqualTo(DRAFT);
        assertThat(find(Span.class).withClassName("import-source").single().getText())
                .contains("原稿.txt", "Shift_JIS").doesNotContain("windows-31j");
        assertThat(manuscripts.versions(manuscriptId)).isEmpty();
        test(find(Button.class).withId("save-draft").single()).click();
        assertThat(manuscripts.latest(manuscriptId).orElseThrow().origin()).isEqualTo(VersionOrigin.UPLOAD);
        assertThat(manuscripts.latest(manuscriptId).orElseThrow().sourceCharset())
                .as("the stored value stays the one that decodes").isEqualTo("windows-31j");
    }

    @Test
    void a_binary_upload_is_refused_in_place_until_the_resident_dismisses_it_and_the_text_in_the_editor_stays()
            throws IOException {
        signInAs("resident1");
        openManuscript();
        test(editor()).setValue("書きかけの文章");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        int notificationsBefore = find(Notification.class).all().size();

        find(TextUpload.class).single().receive("写真.txt", new ByteArrayInputStream(png));

        assertThat(uploadStatus()).contains("写真.txt", "文章のファイルではない", ".md、.txt、.docx");
        var refusal = find(com.vaadin.flow.component.html.Div.class).withClassName("upload-refusal").single();
        assertThat(refusal.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(find(Notification.class).all()).as("no toast that goes away by itself").hasSize(notificationsBefore);
        assertThat(editor().getValue()).isEqualTo("書きかけの文章");
        assertThat(manuscripts.versions(manuscriptId)).isEmpty();

        test(find(Button.class, refusal).withText("閉じる").single()).click();
        assertThat(uploadStatus()).isEmpty();
    }

    @Test
    void a_refusal_stays_until_the_next_upload_which_replaces_it() throws IOException {
        signInAs("resident1");
        openManuscript();
        var upload = find(TextUpload.class).single();
        upload.receive("空.txt", new ByteArrayInputStream(new byte[0]));
        assertThat(uploadStatus()).contains("空.txt");

        upload.receive("原稿.md", new ByteArrayInputStream(DRAFT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(uploadStatus()).isEmpty();
        assertThat(editor().getValue()).isEqualTo(DRAFT);
    }

    @Test
    void an_oversized_upload_is_refused_by_counting_bytes_on_the_server() throws IOException {
        signInAs("resident1");
        openManuscript();
        byte[] big = "あ".repeat(1_000_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        find(TextUpload.class).single().receive("長い.txt", new ByteArrayInputStream(big));

        assertThat(uploadStatus()).contains("大きすぎます");
        assertThat(manuscripts.versions(manuscriptId)).isEmpty();
    }

    @Test
    void the_upload_speaks_japanese_names_the_accepted_types_and_has_the_servers_limits() {
        signInAs("resident1");
        openManuscript();
        var upload = find(com.vaadin.flow.component.upload.Upload.class).single();

        var errors = upload.getI18n().getError();
        assertThat(errors.getIncorrectFileType()).contains(".md", ".txt", ".docx").doesNotContain("Incorrect");
        assertThat(errors.getFileIsTooBig()).contains("2 MB").doesNotContain("Too Big");
        assertThat(errors.getTooManyFiles()).contains("1つ");
        assertThat(upload.getI18n().getUploading().getError().getForbidden()).doesNotContainPattern("[A-Za-z]");
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat((long) upload.getMaxFileSize()).isEqualTo(jp.akapen.manuscript.text.DraftFileReader.MAX_BYTES);
    }

    @Test
    void a_file_the_browser_refuses_is_explained_in_place_with_the_accepted_types() {
        signInAs("resident1");
        openManuscript();
        var upload = find(com.vaadin.flow.component.upload.Upload.class).single();

        com.vaadin.flow.component.ComponentUtil.fireEvent(upload, new com.vaadin.flow.component.upload.FileRejectedEvent(
                upload, upload.getI18n().getError().getIncorrectFileType(), "写真.png"));

        assertThat(uploadStatus()).contains("写真.png", ".md、.txt、.docx");
    }

    @Test
    void uploading_over_unsaved_edits_asks_first_and_cancelling_keeps_them() throws IOException {
        signInAs("resident1");
        openManuscript();
        test(editor()).setValue("まだ保存していない文章");

        find(TextUpload.class).single().receive("原稿.md",
                new ByteArrayInputStream(DRAFT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        var dialog = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getProperty("message")).contains("原稿.md", "保存していない変更は失われます");
        assertThat(editor().getValue()).isEqualTo("まだ保存していない文章");
        dialog.close();
        assertThat(editor().getValue()).isEqualTo("まだ保存していない文章");
    }

    @Test
    void uploading_over_unsaved_edits_replaces_them_once_the_resident_confirms() throws IOException {
        signInAs("resident1");
        openManuscript();
        test(editor()).setValue("まだ保存していない文章");

        find(TextUpload.class).single().receive("原稿.md",
                new ByteArrayInputStream(DRAFT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        test(find(Button.class).withId("confirm-replace").single()).click();

        assertThat(editor().getValue()).isEqualTo(DRAFT);
    }

    @Test
    void a_word_file_with_tracked_changes_is_read_as_accepted_and_the_resident_is_told_in_place() throws IOException {
        signInAs("resident1");
        openManuscript();
        byte[] docx;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var p = document.createParagraph().getCTP();
            p.addNewR().addNewT().setStringValue("朝の");
            var deleted = p.addNewDel();
            deleted.setId(java.math.BigInteger.ONE);
            deleted.setAuthor("さくら");
            deleted.addNewR().addNewDelText().setStringValue("八時");
            var inserted = p.addNewIns();
            inserted.setId(java.math.BigInteger.TWO);
            inserted.setAuthor("さくら");
            inserted.addNewR().addNewT().setStringValue("七時半");
            document.write(out);
            docx = out.toByteArray();
        }

        find(TextUpload.class).single().receive("原稿.docx", new ByteArrayInputStream(docx));

        assertThat(editor().getValue()).isEqualTo("朝の七時半");
        assertThat(uploadStatus()).contains("原稿.docx", "変更履歴", "反映");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("upload-notice").all()).hasSize(1);
    }

    @Test
    void a_contractor_sees_the_pen_name_and_never_the_residents_name() {
        draftSavedByResident();
        signInAs("handler1");
        var view = openManuscript();

        String page = view.getElement().getOuterHTML();
        assertThat(page).contains("さくら").doesNotContain("山田").doesNotContain("resident1@example.jp");
    }

    @Test
    void another_resident_is_shown_not_found_rather_than_the_manuscript() {
        draftSavedByResident();
        signInAs("resident2");
        try {
            openManuscript();
        } catch (IllegalArgumentException | IllegalStateException expectedNavigationMismatch) {
            // the router shows the error view instead of ManuscriptView
        }
        assertThat(find(TextArea.class).all()).isEmpty();
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain(DRAFT.substring(0, 10));
    }

    @Test
    void the_resident_accepts_one_change_rejects_the_other_and_finishes_into_the_next_version() {
        roundReturnedWithTwoChanges();
        signInAs("resident1");
        openRound(1);
        var cards = find(ChangeCard.class).all();
        assertThat(cards).hasSize(2);

        ListClicks.click(ListClicks.single(cards.get(0), "accept"));
        ListClicks.click(ListClicks.single(cards.get(1), "reject"));
        test(find(Button.class).withId("finish-review").single()).click();
        test(find(Button.class).withId("confirm-finish").single()).click();

        assertThat(lastNotification()).isEqualTo("確認を完了し、第2版ができました。");
        assertThat(manuscripts.latest(manuscriptId).orElseThrow().body()).isEqualTo(DRAFT.replace("八時", "8時"));
    }

    @Test
    void a_sent_reply_joins_its_change_and_the_form_closes_without_the_round_being_built_again() {
        roundReturnedWithTwoChanges();
        signInAs("resident1");
        openRound(1);
        var tracked = find(TrackedText.class).single();
        var card = find(ChangeCard.class).all().get(1);
        ListClicks.click(ListClicks.single(card, "accept"));

        var reply = ListClicks.button(card, "返信を書く");
        ListClicks.click(reply);
        assertThat(reply.isVisible()).isFalse();
        test(find(TextField.class, card).single()).setValue("「ばかり」のままにしたいです");
        test(find(Button.class, card).withText("送信").single()).click();

        assertThat(find(Div.class, card).withClassName("message").all()).singleElement()
                .satisfies(message -> assertThat(message.getElement().getTextRecursively())
                        .contains("「ばかり」のままにしたいです").contains("さくら"));
        assertThat(find(Div.class, card).withClassName("reply-form").all()).isEmpty();
        assertThat(reply.isVisible()).isTrue();
        assertThat(find(TrackedText.class).single()).as("the round's page stays as it was").isSameAs(tracked);
        assertThat(card.getClassNames()).contains("decision-accepted");
        assertThat(corrections.round(manuscriptId, 1).changes().get(1).messages()).extracting(m -> m.body())
                .containsExactly("「ばかり」のままにしたいです");
    }

    @Test
    void an_empty_reply_is_refused_in_its_form_and_nothing_is_sent() {
        roundReturnedWithTwoChanges();
        signInAs("resident1");
        openRound(1);
        var card = find(ChangeCard.class).all().get(0);
        ListClicks.click(card, "返信を書く");
        test(find(Button.class, card).withText("送信").single()).click();

        var field = find(TextField.class, card).single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
        assertThat(find(Div.class, card).withClassName("message").all()).isEmpty();
        assertThat(corrections.round(manuscriptId, 1).changes().get(0).messages()).isEmpty();
    }

    @Test
    void the_review_shows_each_change_once_inline_as_a_deletion_and_an_insertion() {
        roundReturnedWithTwoChanges();
        signInAs("resident1");
        var view = openRound(1);

        var tracked = find(TrackedText.class).single();
        assertThat(numbered(tracked)).extracting(part -> part.getAttribute("data-seq")).containsExactly("1", "2");
        // whole words since issue 22: 八時→8時, not 八→8
        assertThat(parts(tracked, "del")).extracting(Element::getText).containsExactly("八時", "ばかり");
        assertThat(parts(tracked, "ins")).extracting(Element::getText).containsExactly("8時", "がほとんど");
        assertThat(numbered(tracked)).as("the number on the deletion, the first part of each")
                .allSatisfy(part -> assertThat(part.getTag()).isEqualTo("del"));
        assertThat(view.getElement().getOuterHTML()).contains("小学校の前に黄色い旗を持った人たちが立ちます");
    }

    @Test
    void finishing_a_review_asks_first_and_a_cancel_makes_no_version() {
        roundReturnedWithTwoChanges();
        signInAs("resident1");
        openRound(1);
        test(find(Button.class).withId("accept-all").single()).click();
        test(find(Button.class).withId("finish-review").single()).click();

        var dialog = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getProperty("message")).contains("採用 2 件・不採用 0 件", "もう変えられません");
        assertThat(manuscripts.versions(manuscriptId)).hasSize(1);
        dialog.close();
        assertThat(manuscripts.versions(manuscriptId)).hasSize(1);
    }

    @Test
    void accept_all_then_finish_needs_no_single_decisions() {
        roundReturnedWithTwoChanges();
        signInAs("resident1");
        openRound(1);
        test(find(Button.class).withId("accept-all").single()).click();
        test(find(Button.class).withId("finish-review").single()).click();
        test(find(Button.class).withId("confirm-finish").single()).click();

        assertThat(manuscripts.latest(manuscriptId).orElseThrow().body())
                .isEqualTo(DRAFT.replace("八時", "8時").replace("母親ばかり", "母親がほとんど"));
    }

    @Test
    void saving_in_the_correction_view_shows_the_round_the_save_gave_back_without_reading_it_again() {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        signInAs("handler1");
        openRound(1);
        test(find(TextArea.class).withClassName("manuscript-editor").single()).setValue(DRAFT.replace("黄色い", "きいろい"));

        try (var sql = SqlCounter.on(db)) {
            test(find(Button.class).withId("save-correction").single()).click();

            assertThat(sql.selectsFrom("correction_change")).as("the changes read to match, then to show").hasSize(2);
        }
        assertThat(find(Div.class).withClassName("change-card").all()).singleElement()
                .satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains("黄色", "きいろ"));
        assertThat(lastNotification()).isEqualTo("変更を保存しました。");
    }

    @Test
    void the_contractor_asks_for_the_file_upload_and_a_corrected_file_fills_the_editor_unsaved() throws IOException {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        signInAs("handler1");
        openRound(1);
        assertThat(find(TextUpload.class).all()).as("not built until asked for (issue 17)").isEmpty();

        test(find(Button.class).withClassName("read-file").single()).click();
        assertThat(find(Button.class).withClassName("read-file").all()).as("the upload takes the button's place").isEmpty();
        find(TextUpload.class).single().receive("校正済み.txt",
                new ByteArrayInputStream(DRAFT.replace("黄色い", "きいろい").getBytes(StandardCharsets.UTF_8)));

        assertThat(editor().getValue()).contains("きいろい");
        assertThat(corrections.round(manuscriptId, 1).correctedText()).as("read in, not saved").contains("黄色い");
    }

    @Test
    void a_handler_whose_round_was_saved_elsewhere_is_told_and_keeps_their_text() {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        signInAs("handler1");
        openRound(1);
        var editor = find(TextArea.class).withClassName("manuscript-editor").single();
        var round = corrections.round(manuscriptId, 1);
        corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("黄色い", "きいろい"));

        test(editor).setValue(DRAFT.replace("小学校", "学校"));
        test(find(Button.class).withId("save-correction").single()).click();

        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).contains("別の人");
        assertThat(editor.getValue()).contains("学校の前").doesNotContain("小学校");
        assertThat(corrections.round(manuscriptId, 1).correctedText()).contains("きいろい");
    }

    @Test
    void returning_a_round_with_changes_lacking_reasons_says_which_before_any_confirmation_is_asked() {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                DRAFT.replace("八時", "8時").replace("母親ばかり", "母親がほとんど"));
        corrections.annotate(round.changes().getFirst().id(), jp.akapen.manuscript.Reason.STYLE, "算用数字に");
        signInAs("handler1");
        openRound(1);

        var blockers = find(com.vaadin.flow.component.html.Div.class).withId("return-blockers").single();
        assertThat(blockers.isVisible()).isTrue();
        assertThat(blockers.getElement().getTextRecursively())
                .contains("まだ返却できません。", "理由のない変更：#2", "コメントのない変更：#2");
        test(find(Button.class).withId("return-round").single()).click();

        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).all()).isEmpty();
        assertThat(corrections.round(manuscriptId, 1).status()).isEqualTo(jp.akapen.manuscript.RoundStatus.OPEN);
    }

    @Test
    void an_annotate_click_naming_a_change_of_no_card_on_the_page_opens_no_editor() {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("八時", "8時"));
        signInAs("handler1");
        openRound(1);
        // the key comes from the browser: one that names another round's change (or none) is not obeyed
        var button = ListClicks.button(find(ChangeCard.class).first(), "理由・コメントを書く");
        button.setAttribute("data-key", String.valueOf(corrections.round(manuscriptId, 1).changes().getFirst().id() + 1000));
        ListClicks.click(button);
        button.setAttribute("data-key", "１");
        ListClicks.click(button);

        assertThat(find(com.vaadin.flow.component.select.Select.class).all()).isEmpty();
    }

    @Test
    void a_contractor_annotates_the_changes_one_after_another_in_a_single_editor_that_opens_in_each_card() {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        corrections.saveCorrection(round.id(), round.lockVersion(),
                DRAFT.replace("八時", "8時").replace("黄色い", "きいろい").replace("母親ばかり", "母親がほとんど"));
        signInAs("handler1");
        openRound(1);
        var cards = find(ChangeCard.class).all();
        assertThat(cards).hasSize(3);
        assertThat(find(com.vaadin.flow.component.select.Select.class).all()).as("no editor until one is asked for")
                .isEmpty();

        ListClicks.click(cards.get(0), "理由・コメントを書く");
        @SuppressWarnings("unchecked")
        var reason = (com.vaadin.flow.component.select.Select<jp.akapen.manuscript.Reason>) find(
                com.vaadin.flow.component.select.Select.class).single();
        var comment = find(TextArea.class).all().stream().filter(t -> !t.hasClassName("manuscript-editor"))
                .findFirst().orElseThrow();
        assertThat(reason.findAncestor(ChangeCard.class)).isSameAs(cards.get(0));
        test(reason).selectItem("表記の統一");
        test(comment).setValue("算用数字にそろえました");
        test(find(Button.class).withClassName("annotate-next").single()).click();

        assertThat(corrections.round(manuscriptId, 1).changes().getFirst()).satisfies(c -> {
            assertThat(c.reason()).isEqualTo(jp.akapen.manuscript.Reason.CONSISTENCY);
            assertThat(c.comment()).isEqualTo("算用数字にそろえました");
        });
        assertThat(cards.get(0).getElement().getTextRecursively()).as("the first card shows what was written")
                .contains("表記の統一", "算用数字にそろえました");
        assertThat(find(com.vaadin.flow.component.select.Select.class).all()).as("still one editor").hasSize(1);
        assertThat(reason.findAncestor(ChangeCard.class)).as("next: the second change").isSameAs(cards.get(1));
        assertThat(reason.getValue()).isNull();
        assertThat(comment.getValue()).isEmpty();

        test(reason).selectItem("文体・表現");
        test(comment).setValue("ひらがなに");
        test(find(Button.class).withClassName("annotate-next").single()).click();
        test(reason).selectItem("文体・表現");
        test(comment).setValue("言い換えました");
        test(find(Button.class).withClassName("annotate-next").single()).click();

        assertThat(lastNotification()).isEqualTo("すべての変更に理由とコメントがあります。");
        assertThat(find(com.vaadin.flow.component.select.Select.class).all()).as("closed at the end").isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("return-blockers").all())
                .as("nothing keeps the round from going back").isEmpty();

        ListClicks.click(cards.get(0), "理由・コメントを書く");
        assertThat(find(com.vaadin.flow.component.select.Select.class).single().getValue())
                .as("opened again, the editor holds the reason").isEqualTo(jp.akapen.manuscript.Reason.CONSISTENCY);
        assertThat(find(TextArea.class).all().stream().filter(t -> !t.hasClassName("manuscript-editor"))
                .findFirst().orElseThrow().getValue()).as("and the comment").isEqualTo("算用数字にそろえました");
    }

    @Test
    void a_refused_comment_stays_in_its_card_with_its_message_when_another_card_is_asked_for() {
        draftSavedByResident();
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        corrections.saveCorrection(round.id(), round.lockVersion(),
                DRAFT.replace("八時", "8時").replace("黄色い", "きいろい"));
        signInAs("handler1");
        openRound(1);
        var cards = find(ChangeCard.class).all();
        ListClicks.click(cards.get(0), "理由・コメントを書く");
        var comment = find(TextArea.class).all().stream().filter(t -> !t.hasClassName("manuscript-editor"))
                .findFirst().orElseThrow();

        test(comment).setValue("算用数字に\u0007そろえました");
        assertThat(comment.isInvalid()).as("refused by the service").isTrue();
        ListClicks.click(cards.get(1), "理由・コメントを書く");

        assertThat(comment.findAncestor(ChangeCard.class)).as("the editor stays where the refusal is")
                .isSameAs(cards.get(0));
        assertThat(comment.getValue()).isEqualTo("算用数字に\u0007そろえました");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isNotBlank();
        assertThat(corrections.round(manuscriptId, 1).changes().getFirst().comment()).isNull();

        test(comment).setValue("算用数字にそろえました");
        ListClicks.click(cards.get(1), "理由・コメントを書く");

        assertThat(comment.findAncestor(ChangeCard.class)).as("once mended, the next card opens")
                .isSameAs(cards.get(1));
        assertThat(corrections.round(manuscriptId, 1).changes().getFirst().comment()).isEqualTo("算用数字にそろえました");
    }

    @Test
    void ward_staff_read_a_returned_round_without_any_buttons_to_decide() {
        roundReturnedWithTwoChanges();
        signInAs("ward1");
        openRound(1);

        assertThat(find(ChangeCard.class).all()).hasSize(2);
        assertThat(ListClicks.withClass(com.vaadin.flow.component.UI.getCurrent(), "accept")).isEmpty();
        assertThat(find(TextArea.class).all()).isEmpty();
    }

    @Test
    void the_decision_of_a_change_is_visible_on_its_card() {
        roundReturnedWithTwoChanges();
        signInAs("resident1");
        openRound(1);
        var card = find(ChangeCard.class).all().getFirst();
        ListClicks.click(ListClicks.single(card, "reject"));

        assertThat(card.getClassNames()).contains("decision-rejected");
        assertThat(corrections.round(manuscriptId, 1).changes().getFirst().decision()).isEqualTo(Decision.REJECTED);
    }

    static final String SIXTY_PARAGRAPHS = java.util.stream.IntStream.rangeClosed(1, 60)
            .mapToObj(i -> "第" + i + "段落の文はここにあります。\n").collect(java.util.stream.Collectors.joining());

    /** A round opened on a draft of sixty paragraphs, each with one change: more than a page of cards. */
    private jp.akapen.manuscript.Round aRoundOfSixtyChanges() {
        TestSupport.signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, SIXTY_PARAGRAPHS, VersionOrigin.DRAFT, null, null);
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        return corrections.saveCorrection(round.id(), round.lockVersion(), SIXTY_PARAGRAPHS.replace("あります", "ございます"));
    }

    @Test
    void a_long_review_lists_a_page_of_cards_and_a_click_on_a_later_change_brings_its_card() {
        var round = aRoundOfSixtyChanges();
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        signInAs("resident1");
        openRound(1);

        assertThat(find(ChangeCard.class).all()).hasSize(PagedCards.PAGE);
        assertThat(find(Button.class).withClassName("more-changes").single().getText())
                .contains(String.valueOf(60 - PagedCards.PAGE));

        var tracked = find(TrackedText.class).single();
        var last = numbered(tracked).getLast();
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(TrackedText.CLICKED_SEQ, last.getAttribute("data-seq"));
        tracked.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(tracked.getElement(), "click", data));

        assertThat(find(ChangeCard.class).all()).hasSize(60);
        assertThat(find(ChangeCard.class).withId("change-60").single().getClassNames()).contains("selected");
    }

    @Test
    void a_round_of_sixty_changes_builds_ten_cards_and_the_rest_on_request() {
        aRoundOfSixtyChanges();
        signInAs("handler1");
        openRound(1);
        var more = find(Button.class, find(PagedCards.class).single()).withClassName("more-changes").single();

        assertThat(find(ChangeCard.class).all()).hasSize(10);
        assertThat(more.getText()).isEqualTo("さらに表示（残り 50 件）");
        test(more).click();
        assertThat(find(ChangeCard.class).all()).hasSize(20);
        assertThat(more.getText()).isEqualTo("さらに表示（残り 40 件）");

        ListClicks.click(find(ChangeCard.class).withId("change-20").single(), "理由・コメントを書く");
        test(find(Button.class).withClassName("annotate-next").single()).click();
        assertThat(find(ChangeCard.class).all()).as("the next change's card is built with its page").hasSize(30);
        assertThat(find(com.vaadin.flow.component.select.Select.class).single().findAncestor(ChangeCard.class).getId())
                .hasValue("change-21");
        assertThat(more.getText()).isEqualTo("さらに表示（残り 30 件）");
    }

    @Test
    void a_contractor_sees_a_long_rounds_changes_in_the_text_when_asked_and_a_short_rounds_at_once() {
        var round = aRoundOfSixtyChanges();
        signInAs("handler1");
        openRound(1);

        assertThat(find(TrackedText.class).all()).as("60 changes: not built until asked for").isEmpty();
        var details = find(com.vaadin.flow.component.details.Details.class).withClassName("tracked-text-details")
                .single();
        assertThat(details.getSummaryText()).isEqualTo("変更を本文中で見る（60 件）");
        details.setOpened(true);
        assertThat(numbered(find(TrackedText.class).single())).hasSize(60);
        details.setOpened(false);
        details.setOpened(true);
        assertThat(find(TrackedText.class).all()).as("built once").hasSize(1);

        round = corrections.round(manuscriptId, 1);
        corrections.saveCorrection(round.id(), round.lockVersion(), SIXTY_PARAGRAPHS.replace("第1段落", "第一段落"));
        openRound(1);
        assertThat(numbered(find(TrackedText.class).single())).as("1 change: shown at once").hasSize(1);
        assertThat(find(com.vaadin.flow.component.details.Details.class).withClassName("tracked-text-details").all())
                .isEmpty();
    }

    @Test
    void the_text_with_the_changes_opened_after_a_save_elsewhere_asks_for_a_reload_rather_than_differ_from_the_cards() {
        var round = aRoundOfSixtyChanges();
        signInAs("handler1");
        openRound(1);
        corrections.saveCorrection(round.id(), round.lockVersion(), SIXTY_PARAGRAPHS.replace("あります", "ありました"));

        var details = find(com.vaadin.flow.component.details.Details.class).withClassName("tracked-text-details")
                .single();
        details.setOpened(true);

        assertThat(find(TrackedText.class).all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, details).withClassName("form-problem").single()
                .getText()).isEqualTo("この回の変更は別の画面で更新されました。ページを再読み込みしてから本文中で見てください。");
    }

    @Test
    void the_next_page_of_cards_after_a_save_elsewhere_asks_for_a_reload_rather_than_mix_two_rounds_changes() {
        var round = aRoundOfSixtyChanges();
        signInAs("handler1");
        openRound(1);
        corrections.saveCorrection(round.id(), round.lockVersion(), SIXTY_PARAGRAPHS.replace("あります", "ありました"));

        test(find(Button.class, find(PagedCards.class).single()).withClassName("more-changes").single()).click();

        assertThat(find(ChangeCard.class).all()).hasSize(PagedCards.PAGE);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, find(PagedCards.class).single())
                .withClassName("form-problem").single().getText())
                .isEqualTo("この回の変更は別の画面で更新されました。ページを再読み込みしてください。");
    }

    @Test
    void when_the_encoding_is_uncertain_the_resident_picks_it_from_previews() throws IOException {
        signInAs("resident1");
        openManuscript();
        byte[] eucJp = "あい".getBytes(Charset.forName("EUC-JP"));

        find(TextUpload.class).single().receive("短い.txt", new ByteArrayInputStream(eucJp));

        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<Object> choice =
                find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, dialog).single();
        assertThat(choice.getGenericDataView().getItems().count()).isEqualTo(2);
        assertThat(find(Span.class, dialog).withClassName("encoding-name").all()).extracting(Span::getText)
                .containsExactlyInAnyOrder("Shift_JIS", "EUC-JP");
        test(find(Button.class, dialog).withText("この文字コードで読み込む").single()).click();

        assertThat(find(TextArea.class).withClassName("manuscript-editor").single().getValue()).isEqualTo("あい");
        assertThat(manuscripts.versions(manuscriptId)).isEmpty();
    }

    /** The inline text's deletions ("del") or insertions ("ins"), in the text's order. */
    private static List<Element> parts(TrackedText tracked, String tag) {
        return tracked.getElement().getChildren().filter(part -> !part.isTextNode() && tag.equals(part.getTag())).toList();
    }

    /** The first part of each change in the inline text, the one that carries its number. */
    private static List<Element> numbered(TrackedText tracked) {
        return tracked.getElement().getChildren().filter(part -> !part.isTextNode() && part.hasAttribute("data-seq")).toList();
    }
}
