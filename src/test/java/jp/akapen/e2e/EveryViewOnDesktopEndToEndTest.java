package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Account;
import jp.akapen.account.AccountService;
import jp.akapen.edition.Cohort;
import jp.akapen.edition.EditionService;
import jp.akapen.mail.files.PortalFiles;
import jp.akapen.manuscript.ManuscriptService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 22 (W6, and "English mode"): on desktop screens of 1280×800 and 1920×1080, in Japanese and then in English,
 * every page of every role's menu has its grids' cells under their headers, no grid scrolling sideways or reaching past
 * its area, no box past the screen, no grid header cut or wrapped inside a word; and in English no Japanese script is
 * left outside the people's own data (names, pen names, titles). One browser; each role signs in once and switches
 * language with the header's switch.
 */
@AkapenSpringTest
class EveryViewOnDesktopEndToEndTest {

    private static final String GRID_FAULTS = resource("/e2e/grid-faults.js");
    private static final String JAPANESE_TEXT = resource("/e2e/japanese-text.js");

    /** Desktop screens: a common laptop and a common monitor. */
    static final int[][] SCREENS = {{1280, 800}, {1920, 1080}};

    static Screens screens;

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    EditionService editions;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    PortalFiles files;

    @Autowired
    jp.akapen.lecture.LectureService lectures;

    @Autowired
    jp.akapen.lecture.survey.SurveyService surveys;

    @Autowired
    jp.akapen.privacy.retention.RetentionService retention;

    @Autowired
    jp.akapen.privacy.takeout.TakeOutService takeOuts;

    @Autowired
    jp.akapen.privacy.oversight.training.TrainingService training;

    @Autowired
    jp.akapen.privacy.oversight.incident.IncidentService incidents;

    @Autowired
    jp.akapen.privacy.oversight.report.ReportService reports;

    @Autowired
    jp.akapen.proofreading.ProofreadingService proofreading;

    @BeforeAll
    static void startBrowser() {
        screens = new Screens();
    }

    @AfterAll
    static void stopBrowser() {
        screens.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"resident1", "staff1", "handler1", "manager", "ward1"})
    void every_menu_page_lines_up_fits_and_reads_in_english_without_japanese_words(String user) {
        String base = "http://localhost:" + port + "/";
        List<String> userData = userData();
        try (BrowserContext person = screens.person("ja-JP", SCREENS[0][0], SCREENS[0][1])) {
            Page page = Screens.signedIn(person, base, user);
            @SuppressWarnings("unchecked")
            List<String> paths = (List<String>) page.evaluate(
                    "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))");
            assertThat(paths).as("menu of " + user).isNotEmpty();
            List<String> faults = new ArrayList<>();
            for (String language : List.of("ja", "en")) {
                if (language.equals("en")) {
                    page.locator(".language-switch").getByRole(AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("English")).click();
                    assertThat(page.locator("html")).hasAttribute("lang", "en");
                }
                for (String path : paths) {
                    page.setViewportSize(SCREENS[0][0], SCREENS[0][1]);
                    Screens.open(page, base, path);
                    assertThat(page.locator("html")).hasAttribute("lang", language);
                    for (int[] screen : SCREENS) {
                        if (screen != SCREENS[0]) {
                            Screens.resize(page, screen[0], screen[1]);
                        }
                        String where = language + " " + screen[0] + "x" + screen[1] + " /" + path + ": ";
                        Screens.layoutFaults(page).forEach(f -> faults.add(where + f));
                        gridFaults(page).forEach(f -> faults.add(where + f));
                        if (language.equals("en") && screen == SCREENS[0]) {
                            japaneseText(page, userData).forEach(f -> faults.add(where + "Japanese in English: " + f));
                        }
                    }
                }
            }
            assertThat(faults).as(user).isEmpty();
        }
    }

    /**
     * What people typed and the portal shows back as they typed it, in Japanese in the demo: names, pen names, titles
     * of editions, articles and manuscripts, contractors, file names, lectures and their places, surveys, the reasons
     * given on retention periods, take-out requests, the ward's requests for handling-status reports, the house dictionary's rows. Read as ward1 at the time of the test, so data other tests added counts.
     */
    List<String> userData() {
        Set<String> data = new LinkedHashSet<>();
        TestSupport.signIn(users, "ward1");
        try {
            accounts.manageableAccounts().stream().map(Account::displayName).forEach(data::add);
            for (Cohort cohort : editions.cohorts()) {
                data.add(cohort.contractor());
                cohort.residents().forEach(m -> data.add(m.penName()));
            }
            for (var edition : editions.editions()) {
                data.add(edition.title());
                editions.articlesOf(edition.id()).forEach(a -> data.add(a.title()));
            }
            manuscripts.visible().forEach(m -> data.add(m.title()));
            files.visible().forEach(f -> data.add(f.name()));
            for (var lecture : lectures.lectures()) {
                data.add(lecture.title());
                if (lecture.place() != null) {
                    data.add(lecture.place());
                }
            }
            for (var survey : surveys.list()) {
                data.add(survey.title());
                data.add(survey.sessionTitle());
            }
            retention.periods().forEach(p -> p.history().stream().map(s -> s.reason()).filter(r -> r != null)
                    .forEach(data::add));
            for (var takeOut : takeOuts.requests()) {
                Stream.of(takeOut.purpose(), takeOut.destination(), takeOut.carrier(), takeOut.decisionReason(),
                        takeOut.closedNote()).filter(t -> t != null).forEach(data::add);
            }
            for (var session : training.sessions()) {
                Stream.of(session.subject(), session.material(), session.materialLink(), session.recordedByName())
                        .filter(t -> t != null).forEach(data::add);
                session.attendees().forEach(p -> data.add(p.displayName()));
            }
            for (var incident : incidents.incidents()) {
                Stream.of(incident.whatHappened(), incident.whoseData(), incident.actionTaken(), incident.reporterName())
                        .filter(t -> t != null && !t.isEmpty()).forEach(data::add);
                incident.steps().forEach(step -> data.add(step.text()));
            }
            for (var term : proofreading.houseTerms()) {
                Stream.of(term.pattern(), term.replacement(), term.note(), term.exampleBefore(), term.exampleAfter())
                        .forEach(data::add);
                int slash = term.note().indexOf(" / ");
                if (slash >= 0) {
                    data.add(term.note().substring(slash + 3));
                }
            }
            for (var report : reports.requests()) {
                Stream.of(report.question(), report.answer()).filter(t -> t != null).forEach(data::add);
            }
        } finally {
            TestSupport.signOut();
        }
        return List.copyOf(data);
    }

    @SuppressWarnings("unchecked")
    static List<String> gridFaults(Page page) {
        return (List<String>) page.evaluate(GRID_FAULTS);
    }

    @SuppressWarnings("unchecked")
    static List<String> japaneseText(Page page, List<String> userData) {
        return (List<String>) page.evaluate(JAPANESE_TEXT, userData);
    }

    private static String resource(String path) {
        try (InputStream in = EveryViewOnDesktopEndToEndTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
