package jp.akapen.privacy.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditFilter;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.AuditOutcome;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** /audit without a browser (seed P4, O2): the ward inspects, filters, verifies and exports the log. */
@AkapenSpringTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLogService log;

    PortalUser handler1;
    String marker;

    @BeforeEach
    void entriesByAHandler() {
        handler1 = (PortalUser) users.loadUserByUsername("handler1");
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        var actor = new AuditActor(handler1.id(), handler1.role());
        trail.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, "personal_data", marker, List.of("full_name", "email")),
                actor);
        trail.record(new AuditEntry(AuditAction.PERSONAL_DATA_READ, "personal_data", "=HYPERLINK(\"x\")", null,
                AuditOutcome.DENIED), actor);
    }

    AuditView open() {
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(AuditView.class);
    }

    List<AuditLogService.Row> rows(AuditView view) {
        return view.grid().getLazyDataView().getItems().toList();
    }

    @Test
    void the_ward_sees_the_newest_entries_first_with_tokyo_time_actor_role_and_fields() {
        var view = open();
        var grid = test(view.grid());

        assertThat(grid.size()).isGreaterThanOrEqualTo(2);
        assertThat(grid.getRow(0).event().objectId()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(grid.getRow(1).event().objectId()).isEqualTo(marker);
        assertThat(grid.getRow(0).event().seq()).isGreaterThan(grid.getRow(1).event().seq());
        assertThat(grid.getCellText(1, 1)).as("seconds, no microseconds (issue 22)")
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(grid.getCellText(1, 1)).isEqualTo(AuditLabels.TOKYO_SECONDS.format(grid.getRow(1).event().at()));
        assertThat(grid.getCellText(1, 2)).isEqualTo("赤井 校子（取扱者）（#" + handler1.id() + "、取扱者（受託事業者））");
        assertThat(grid.getCellText(1, 3)).isEqualTo("個人情報の閲覧");
        assertThat(grid.getCellText(1, 4)).isEqualTo("personal_data:" + marker);
        assertThat(grid.getCellText(1, 5)).isEqualTo("full_name, email");
        assertThat(grid.getCellText(1, 6)).isEqualTo("成功");
        assertThat(grid.getCellText(0, 6)).isEqualTo("拒否");
    }

    @Test
    void filters_narrow_the_log_by_object_action_outcome_actor_and_period() {
        var view = open();

        test(view.object()).setValue("personal_data:" + marker);
        view.applyFilter();
        assertThat(rows(view)).singleElement().satisfies(r -> assertThat(r.event().objectId()).isEqualTo(marker));

        test(view.object()).setValue("");
        view.action().setValue(Optional.of(AuditAction.PERSONAL_DATA_READ));
        view.outcome().setValue(Optional.of(AuditOutcome.DENIED));
        view.actor().setValue(view.actor().getListDataView().getItems()
                .filter(p -> p.id() == handler1.id()).findFirst().orElseThrow());
        view.applyFilter();
        assertThat(rows(view)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.event().action()).isEqualTo("PERSONAL_DATA_READ");
            assertThat(r.event().outcome()).isEqualTo("DENIED");
            assertThat(r.event().actorId()).isEqualTo(handler1.id());
        });
        assertThat(rows(view)).extracting(r -> r.event().objectId()).contains("=HYPERLINK(\"x\")").doesNotContain(marker);

        LocalDate today = LocalDate.now(JapaneseDates.ZONE);
        view.from().setValue(today.plusDays(1));
        view.applyFilter();
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_explained_and_the_shown_entries_stay() {
        var view = open();
        test(view.object()).setValue("personal_data:" + marker);
        view.applyFilter();
        LocalDate today = LocalDate.now(JapaneseDates.ZONE);
        view.from().setValue(today);
        view.to().setValue(today.minusDays(3));

        assertThat(view.applyFilter()).isFalse();

        assertThat(test(find(Notification.class).last()).getText()).contains("期間の終わりが始まりより前です");
        assertThat(view.from().getValue()).isEqualTo(today);
        assertThat(rows(view)).singleElement().satisfies(r -> assertThat(r.event().objectId()).isEqualTo(marker));
    }

    @Test
    void the_verify_button_reports_an_intact_chain_with_its_length_and_last_hash_and_is_itself_logged() {
        var view = open();
        long before = test(view.grid()).getRow(0).event().seq();

        test(find(Button.class).withId("audit-verify").single()).click();

        assertThat(view.verdict()).matches("改ざんは見つかりませんでした: \\d+ 件、最後のハッシュ [0-9a-f]{64}");
        var logged = test(view.grid()).getRow(0).event();
        assertThat(logged.seq()).isGreaterThan(before);
        assertThat(logged.action()).isEqualTo("AUDIT_CHAIN_VERIFIED");
        assertThat(logged.outcome()).isEqualTo("SUCCESS");
        assertThat(logged.actorRole()).isEqualTo("WARD_STAFF");
        assertThat(view.verdict()).contains(String.valueOf(logged.seq() - 1)).contains(logged.previousHash());
    }

    @Test
    void the_csv_has_a_bom_crlf_guarded_cells_and_the_export_is_logged() {
        var view = open();
        test(view.object()).setValue("personal_data");
        view.actor().setValue(view.actor().getListDataView().getItems()
                .filter(p -> p.id() == handler1.id()).findFirst().orElseThrow());

        byte[] csv = view.csvOrExplain();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("番号,日時（日本時間）,操作した人の ID,操作した人,役割,操作,対象の種類,対象の ID,項目,結果,セッション,接続元,直前のハッシュ,ハッシュ\r\n");
        assertThat(text).contains("," + marker + ",full_name email,SUCCESS,").contains(",\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(text).endsWith("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        var exported = log.find(new AuditFilter(null, null, null, AuditAction.AUDIT_LOG_EXPORTED, null, null, null), 0, 1);
        assertThat(exported).singleElement().satisfies(r -> {
            assertThat(r.event().actorRole()).isEqualTo("WARD_STAFF");
            assertThat(r.event().objectId()).matches("seq:\\d+-\\d+");
        });
    }

    @ParameterizedTest(name = "{0} may not open the audit log, nor read it through the service")
    @ValueSource(strings = {"resident1", "handler1", "staff1", "manager"})
    void other_roles_are_denied_the_page_and_the_service(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);

        UI.getCurrent().navigate("audit");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("Denied");
        assertThat(find(H1.class).single().getText()).isEqualTo("このページを開く権限がありません");
        assertThatThrownBy(() -> log.find(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.export(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(log::verify).isInstanceOf(AccessDeniedException.class);
    }
}
