package jp.akapen.privacy.takeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import net.lingala.zip4j.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Taking personal data out only with the ward's prior approval, once, watermarked, and back (issue 14 item 7; P5, P8, P10). */
@AkapenSpringTest
class TakeOutServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TakeOutService takeOuts;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSupport.MovableClock clock;

    VaultFixtures fixtures;
    String handler;
    long cohortId;
    Map<Long, String> emails = new TreeMap<>();

    @BeforeEach
    void cohortWithPersonalData() {
        fixtures = new VaultFixtures(context);
        for (int i = 0; i < 2; i++) {
            String resident = fixtures.newAcknowledgedResident();
            long id = fixtures.id(resident);
            String email = "takeout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
            TestSupport.signIn(users, resident);
            personalData.save(id, new PersonalData("持出 花子" + i, "もちだし はなこ", "東京都新宿区持出町" + i, email,
                    null), 0);
            emails.put(id, email);
        }
        cohortId = fixtures.newCohort(List.copyOf(emails.keySet()));
        handler = fixtures.newAccount(Role.CONTRACTOR_HANDLER);
        fixtures.designate(handler);
        TestSupport.signOut();
    }

    @AfterEach
    void signOut() {
        clock.reset();
        TestSupport.signOut();
    }

    @Test
    void nothing_leaves_before_the_ward_approves_and_then_it_leaves_once_watermarked_and_audited(@TempDir Path dir)
            throws Exception {
        TestSupport.signIn(users, handler);
        var request = takeOuts.request(draft(LocalDate.now().plusDays(7)));
        assertThat(request.state()).isEqualTo(TakeOutState.REQUESTED);
        assertThatThrownBy(() -> takeOuts.export(request.id())).isInstanceOf(TakeOutException.class)
                .hasMessageContaining("takeout.error.not-approved");

        TestSupport.signIn(users, "ward1");
        assertThat(takeOuts.requests()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(request.id());
            assertThat(r.actions()).contains(TakeOutRequest.Action.APPROVE, TakeOutRequest.Action.REFUSE);
        });
        takeOuts.approve(request.id(), "講座の受付に使うため");

        TestSupport.signIn(users, handler);
        long before = fixtures.lastSeq();
        TakeOutExport export = takeOuts.export(request.id());

        assertThat(export.password()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(export.people()).isEqualTo(2);
        assertThat(export.sha256()).isEqualTo(sha256(export.zip()));
        var exported = fixtures.eventsAfter(before).stream()
                .filter(e -> e.action().equals(AuditAction.PERSONAL_DATA_EXPORTED.name())).toList();
        assertThat(exported).extracting(e -> Long.parseLong(e.objectId()))
                .containsExactlyInAnyOrderElementsOf(emails.keySet());
        assertThat(exported).allSatisfy(e -> assertThat(e.fields()).containsExactly("email", "full_name"));

        Path zip = dir.resolve(export.fileName());
        Files.write(zip, export.zip());
        String watermark = "持出し No." + request.id() + "　取扱者 筆名" + handler.substring(handler.length() - 4);
        try (var file = new ZipFile(zip.toFile(), export.password().toCharArray())) {
            file.extractAll(dir.resolve("out").toString());
        }
        String csv = Files.readString(dir.resolve("out/takeout-" + request.id() + ".csv"), StandardCharsets.UTF_8);
        emails.values().forEach(email -> assertThat(csv).contains(email));
        assertThat(csv).doesNotContain("東京都新宿区持出町");
        assertThat(csv.lines().skip(1).filter(line -> !line.isBlank())).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(watermark));
        try (var pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("out/takeout-" + request.id() + ".pdf")))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains(watermark);
            }
            String text = new PDFTextStripper().getText(pdf);
            emails.values().forEach(email -> assertThat(text).contains(email));
        }

        assertThatThrownBy(() -> takeOuts.export(request.id())).isInstanceOf(TakeOutException.class)
                .hasMessageContaining("takeout.error.exported-once");
        assertThat(takeOuts.requests()).filteredOn(r -> r.id() == request.id()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(TakeOutState.EXPORTED);
            assertThat(r.exportSha256()).isEqualTo(export.sha256());
            assertThat(r.actions()).containsExactly(TakeOutRequest.Action.REPORT_CLOSED);
        });
    }

    @Test
    void only_ward_staff_decide_and_a_refusal_needs_its_reason() {
        TestSupport.signIn(users, handler);
        var request = takeOuts.request(draft(LocalDate.now().plusDays(3)));
        long before = fixtures.lastSeq();

        assertThatThrownBy(() -> takeOuts.approve(request.id(), null)).isInstanceOf(LoggedRefusal.class);
        assertThat(fixtures.eventsAfter(before)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TAKEOUT_APPROVED.name());
            assertThat(e.outcome()).isEqualTo("DENIED");
        });

        TestSupport.signIn(users, "ward1");
        assertThatThrownBy(() -> takeOuts.refuse(request.id(), "  ")).isInstanceOf(TakeOutException.class)
                .hasMessageContaining("takeout.error.reason");
        takeOuts.refuse(request.id(), "持出し先が区の指定する場所と同じ建物のため不要");
        assertThatThrownBy(() -> takeOuts.approve(request.id(), null)).isInstanceOf(TakeOutException.class)
                .hasMessageContaining("takeout.error.decided");

        TestSupport.signIn(users, handler);
        assertThatThrownBy(() -> takeOuts.export(request.id())).isInstanceOf(TakeOutException.class)
                .hasMessageContaining("takeout.error.not-approved");
    }

    @Test
    void a_handler_who_is_not_designated_may_not_ask_nor_export_another_handlers_take_out() {
        String undesignated = fixtures.newAccount(Role.CONTRACTOR_HANDLER);
        TestSupport.signIn(users, undesignated);
        assertThat(takeOuts.mayRequest()).isFalse();
        assertThatThrownBy(() -> takeOuts.request(draft(LocalDate.now().plusDays(3))))
                .isInstanceOf(LoggedRefusal.class);

        TestSupport.signIn(users, handler);
        var request = takeOuts.request(draft(LocalDate.now().plusDays(3)));
        TestSupport.signIn(users, "ward1");
        takeOuts.approve(request.id(), null);
        String other = fixtures.newAccount(Role.CONTRACTOR_HANDLER);
        fixtures.designate(other);
        TestSupport.signIn(users, other);

        assertThatThrownBy(() -> takeOuts.export(request.id())).isInstanceOf(LoggedRefusal.class);
        assertThat(takeOuts.requests()).noneMatch(r -> r.id() == request.id());
    }

    @Test
    void every_problem_with_a_request_is_reported_at_once_and_nothing_is_stored() {
        TestSupport.signIn(users, handler);
        int before = takeOuts.requests().size();

        assertThatThrownBy(() -> takeOuts.request(new TakeOutDraft(null, Set.of(), " ", "", null,
                JapaneseDates.today(clock)))).isInstanceOfSatisfying(TakeOutException.class, e -> assertThat(
                e.messageKeys()).containsExactlyInAnyOrder("takeout.error.cohort", "takeout.error.fields",
                "takeout.error.purpose", "takeout.error.destination", "takeout.error.carrier",
                "takeout.error.return-due-past"));
        assertThat(takeOuts.requests()).hasSize(before);
    }

    @Test
    void an_export_past_its_return_date_is_flagged_to_the_ward_once_a_day_until_its_return_is_reported() {
        TestSupport.signIn(users, handler);
        var request = takeOuts.request(draft(JapaneseDates.today(clock).plusDays(1)));
        TestSupport.signIn(users, "ward1");
        takeOuts.approve(request.id(), null);
        TestSupport.signIn(users, handler);
        takeOuts.export(request.id());
        long before = fixtures.lastSeq();

        takeOuts.flagOverdue();
        assertThat(overdueFlags(before, request.id())).isZero();
        clock.advance(Duration.ofDays(2));
        takeOuts.flagOverdue();
        takeOuts.flagOverdue();
        assertThat(overdueFlags(before, request.id())).isEqualTo(1);
        assertThat(takeOuts.requests()).filteredOn(r -> r.id() == request.id()).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue());
        clock.advance(Duration.ofDays(1));
        takeOuts.flagOverdue();
        assertThat(overdueFlags(before, request.id())).isEqualTo(2);

        assertThatThrownBy(() -> takeOuts.reportClosed(request.id(), false, " ")).isInstanceOf(TakeOutException.class)
                .hasMessageContaining("takeout.error.note");
        var closed = takeOuts.reportClosed(request.id(), true, "シュレッダーで裁断し、USBメモリを初期化した");
        assertThat(closed.state()).isEqualTo(TakeOutState.DESTROYED);
        assertThat(closed.overdue()).isFalse();
        clock.advance(Duration.ofDays(1));
        takeOuts.flagOverdue();
        assertThat(overdueFlags(before, request.id())).isEqualTo(2);
    }

    private long overdueFlags(long afterSeq, long requestId) {
        return fixtures.eventsAfter(afterSeq).stream()
                .filter(e -> e.action().equals(AuditAction.TAKEOUT_OVERDUE.name()))
                .filter(e -> e.objectId().equals(String.valueOf(requestId))).count();
    }

    private TakeOutDraft draft(LocalDate returnDue) {
        return new TakeOutDraft(cohortId, Set.of(PersonalData.Field.FULL_NAME, PersonalData.Field.EMAIL),
                "編集講座の受付名簿", "区民センター3階 会議室", "編集社 受付担当", returnDue);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
