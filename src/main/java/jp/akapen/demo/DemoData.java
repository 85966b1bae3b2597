package jp.akapen.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import jp.akapen.account.AccountService;
import jp.akapen.account.DemoCredentials;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.lecture.AttendanceService;
import jp.akapen.lecture.DemoSessions;
import jp.akapen.lecture.LectureService;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.mail.MailPreferences;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.privacy.handlers.HandlerDesignationService;
import jp.akapen.privacy.oversight.training.TrainedPerson;
import jp.akapen.privacy.oversight.training.TrainingDraft;
import jp.akapen.privacy.oversight.training.TrainingService;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional people only: names, addresses (in a town that does not exist) and example.jp emails,
 * so the personal-data rules have something to protect. Idempotent: a restart adds nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "akapen.demo", havingValue = "true")
class DemoData {

    static final String PASSWORD = "akapen-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record Resident(String username, String penName, PersonalData personalData) {
    }

    static final List<Resident> RESIDENTS = List.of(
            resident(1, "さくら", "山田 花子", "やまだ はなこ"),
            resident(2, "若葉", "佐藤 みどり", "さとう みどり"),
            resident(3, "青空", "鈴木 一郎", "すずき いちろう"),
            resident(4, "こもれび", "高橋 葉子", "たかはし ようこ"),
            resident(5, "ひなた", "田中 陽太", "たなか ようた"),
            resident(6, "しおり", "伊藤 栞", "いとう しおり"),
            resident(7, "つばめ", "渡辺 翼", "わたなべ つばさ"));

    static final List<NewAccount> STAFF = List.of(
            new NewAccount("ward1", "区 太郎（男女共同参画課）", Role.WARD_STAFF, PASSWORD),
            new NewAccount("manager", "編集 責子（取扱責任者）", Role.CONTRACTOR_MANAGER, PASSWORD),
            new NewAccount("handler1", "赤井 校子（取扱者）", Role.CONTRACTOR_HANDLER, PASSWORD),
            new NewAccount("handler2", "青木 直人（取扱者）", Role.CONTRACTOR_HANDLER, PASSWORD),
            new NewAccount("staff1", "黒田 組子（編集スタッフ）", Role.CONTRACTOR_STAFF, PASSWORD));

    private static Resident resident(int n, String penName, String name, String furigana) {
        // phone only for some: it is optional; 000- numbers are never issued in Japan
        return new Resident("resident" + n, penName, new PersonalData(name, furigana,
                "東京都新宿区架空町" + n + "丁目" + (n * 3) + "番" + (n + 10) + "号（架空の住所）",
                "resident" + n + "@example.jp", n % 2 == 1 ? "000-0000-" + (1000 + n) : null));
    }

    /**
     * Each demo resident acknowledges the purpose notice (P6) and, where the vault holds nothing for them yet, ward1
     * enters their personal data through the vault (P1). Idempotent, so an installation seeded before the vault gets
     * its entries at the next start. Leaves ward1 signed in.
     */
    private static void seedVault(AccountService accounts, PersonalDataService personalData,
            PurposeNoticeService purposeNotice, UserDetailsService users) {
        int seeded = 0;
        for (Resident resident : RESIDENTS) {
            if (!accounts.exists(resident.username())) {
                continue;
            }
            signIn(users, resident.username());
            purposeNotice.acknowledge();
            long id = ((PortalUser) users.loadUserByUsername(resident.username())).id();
            signIn(users, "ward1");
            if (!personalData.hasEntry(id)) {
                personalData.save(id, resident.personalData(), 0);
                seeded++;
            }
        }
        signIn(users, "ward1");
        if (seeded > 0) {
            log.info("Demo data: personal data of {} residents sealed in the vault", seeded);
        }
    }

    static final List<String> TITLES = List.of("わたしの町の「おたがいさま」", "家事の分担を話し合ってみた",
            "育休をとった父親たちの声", "防災と男女共同参画", "職場の「当たり前」を見直す", "地域活動と世代をこえた協力",
            "相談窓口を訪ねて");

    /** resident1's first draft: an original text with the small slips a corrector would fix. */
    static final String FIRST_DRAFT = """
            # わたしの町の「おたがいさま」

            わたしの住む町では、朝の八時になると、小学校の前に黄色い旗を持った人たちが立ちます。以前は母親ばかりでしたが、この数年で父親や退職した男性の姿が増えました。

            「おたがいさま」という言葉をよく耳にします。子育ても介護も、だれか一人が背負うものではなく、みんなで少しずつ分け合うものだと、町内会長の佐々木さんは話してくれました。

            けれども、会議で発言するのは今でも男性が多く、お茶くみは女性の仕事という雰囲気が残っています。わたしたちは、役割を性別で決めない町内会をめざして、話し合いをはじめたところです。
            """;

    /**
     * This fiscal year's cohort and its current edition (第3号), scheduled around today, with an article for
     * each resident (which gives each a manuscript); returns resident1's manuscript. The two earlier editions come
     * from {@link DemoEditions}.
     */
    private static long seedEdition(EditionService editions, ManuscriptService manuscripts, List<Long> residentIds,
            UserDetailsService users, LocalDate today, int fiscalYear) {
        var cohort = editions.createCohort(new NewCohort(fiscalYear, LocalDate.of(fiscalYear, 4, 15),
                LocalDate.of(fiscalYear + 1, 3, 31), "株式会社あかね編集室（架空）", residentIds));
        var edition = editions.createEdition(cohort.id(), 3, "わたしたちのまちと男女共同参画", DemoSchedule.from(today));
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        long handler2 = ((PortalUser) users.loadUserByUsername("handler2")).id();
        for (int i = 0; i < residentIds.size(); i++) {
            editions.addArticle(edition.id(), TITLES.get(i), 1600, List.of(residentIds.get(i)),
                    i % 2 == 0 ? handler1 : handler2);
        }
        return manuscripts.visible().stream().filter(m -> m.residentId() == residentIds.getFirst())
                .findFirst().orElseThrow().id();
    }

    private static long cohortId(EditionService editions, int fiscalYear) {
        return editions.cohorts().stream().filter(c -> c.fiscalYear() == fiscalYear).findFirst().orElseThrow().id();
    }

    /**
     * The manager designates handler1 and handler2 from today, until ended (seed P2). Not from
     * 1 April: designations cannot be backdated. Skips anyone who already has a designation. A designation needs a
     * training within the validity period (O3), so a session a month ago is recorded first for the manager and the
     * handlers when one of them is still to be designated and one has none that counts; staff1 stays untrained, which the training page flags.
     */
    private static void seedDesignations(HandlerDesignationService designations, TrainingService training,
            UserDetailsService users, LocalDate today) {
        signIn(users, "manager");
        var designated = designations.register().stream().map(e -> e.designation().accountId()).toList();
        var trainees = List.of("manager", "handler1", "handler2").stream()
                .map(username -> ((PortalUser) users.loadUserByUsername(username)).id()).toList();
        boolean allCurrent = training.people().stream().filter(p -> trainees.contains(p.person().id()))
                .allMatch(TrainedPerson::current);
        boolean toDesignate = List.of("handler1", "handler2").stream()
                .anyMatch(h -> !designated.contains(((PortalUser) users.loadUserByUsername(h)).id()));
        if (toDesignate && !allCurrent) {
            training.record(new TrainingDraft(today.minusMonths(1), "個人情報の取扱いと区の特記事項",
                    "特記事項の読み合わせ、個人情報の持出し手続き、事故が起きたときの報告（速報・確報）の流れ。",
                    "研修資料_個人情報の取扱い.pdf", java.util.Set.copyOf(trainees)));
        }
        for (String handler : List.of("handler1", "handler2")) {
            long id = ((PortalUser) users.loadUserByUsername(handler)).id();
            if (!designated.contains(id)) {
                designations.designate(id, today, null);
            }
        }
    }

    private static void signIn(UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Bean
    DemoCredentials demoCredentials() {
        var names = new ArrayList<String>();
        RESIDENTS.forEach(r -> names.add(r.username()));
        STAFF.forEach(s -> names.add(s.username()));
        return new DemoCredentials(names, PASSWORD);
    }

    /**
     * Staff work addresses (fictional: city.example.jp for the ward, editorial.example.jp for the contractor) and mail notices on for ward1 and handler1, so that the demo's
     * mail server shows staff mail too (issue 12); residents take notices by mail by default. Kept when set before.
     */
    private static void seedMail(AccountService accounts, MailPreferences preferences, UserDetailsService users) {
        STAFF.forEach(staff -> accounts.seedEmail(staff.username(), staff.username()
                + (staff.role() == Role.WARD_STAFF ? "@city.example.jp" : "@editorial.example.jp")));
        for (String username : List.of("ward1", "handler1")) {
            preferences.seedIfUnset(((PortalUser) users.loadUserByUsername(username)).id(), true);
        }
    }

    /** Before the first-ward check, which would otherwise warn that nobody can create accounts. */
    @Bean
    @Order(0)
    ApplicationRunner demoDataLoader(AccountService accounts, PersonalDataService personalData,
            PurposeNoticeService purposeNotice, NotificationService notices, ManuscriptService manuscripts,
            CorrectionService corrections, ReviewService reviews, EditionService editions, HandlerDesignationService designations,
            TrainingService training, UserDetailsService users,
            TransactionTemplate transactions, Clock clock, MailPreferences mailPreferences, LectureService lectures,
            DemoSessions endedSessions, AttendanceService attendance, SurveyService surveys) {
        return (ApplicationArguments args) -> transactions.executeWithoutResult(status -> {
            if (accounts.exists("ward1")) {
                seedMail(accounts, mailPreferences, users);
                try {
                    seedVault(accounts, personalData, purposeNotice, users);
                    seedDesignations(designations, training, users, JapaneseDates.today(clock));
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return;
            }
            var everyone = new ArrayList<>(STAFF);
            RESIDENTS.forEach(resident -> everyone.add(
                    new NewAccount(resident.username(), resident.penName(), Role.RESIDENT, PASSWORD)));
            var residentAccounts = accounts.bootstrapDemo(everyone).subList(STAFF.size(), everyone.size());
            seedMail(accounts, mailPreferences, users);
            signIn(users, "ward1");
            try {
                var residentIds = new ArrayList<Long>();
                for (var account : residentAccounts) {
                    residentIds.add(account.id());
                    notices.notifyAccount(account.id(), "notice.account.welcome", null, account.displayName());
                }
                // under person keys first; forming the cohort below seals them again under its key
                seedVault(accounts, personalData, purposeNotice, users);
                LocalDate today = JapaneseDates.today(clock);
                int fiscalYear = JapaneseDates.fiscalYearOf(today);
                long firstManuscript = seedEdition(editions, manuscripts, residentIds, users, today, fiscalYear);
                signIn(users, RESIDENTS.getFirst().username());
                manuscripts.saveDraft(firstManuscript, 0, FIRST_DRAFT, VersionOrigin.DRAFT, null, null);
                signIn(users, "ward1");
                var manuscriptOf = new HashMap<String, Long>();
                for (var manuscript : manuscripts.visible()) {
                    int index = residentIds.indexOf(manuscript.residentId());
                    if (index >= 0) {
                        manuscriptOf.putIfAbsent(RESIDENTS.get(index).username(), manuscript.id());
                    }
                }
                DemoRounds.seed(manuscripts, corrections, reviews, manuscriptOf, username -> signIn(users, username), today);
                var residentIdOf = new HashMap<String, Long>();
                for (int i = 0; i < RESIDENTS.size(); i++) {
                    residentIdOf.put(RESIDENTS.get(i).username(), residentIds.get(i));
                }
                signIn(users, "ward1");
                DemoEditions.seed(editions, manuscripts, corrections, reviews, cohortId(editions, fiscalYear),
                        ((PortalUser) users.loadUserByUsername("handler2")).id(), residentIdOf,
                        username -> signIn(users, username), today);
                signIn(users, "ward1");
                notices.notifyRole(Roles.CONTRACTOR_HANDLER, "notice.demo.cohort", "editions", String.valueOf(fiscalYear));
                notices.notifyRole(Roles.WARD_STAFF, "notice.demo.cohort", "editions", String.valueOf(fiscalYear));
                seedDesignations(designations, training, users, today);
                DemoLectures.seed(lectures, endedSessions, attendance, surveys, cohortId(editions, fiscalYear),
                        residentIdOf, username -> signIn(users, username), clock);
            } finally {
                SecurityContextHolder.clearContext();
            }
            log.info("Demo data loaded: {} residents and {} staff, password '{}'", RESIDENTS.size(), STAFF.size(),
                    PASSWORD);
        });
    }
}
