package jp.akapen.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import jp.akapen.AkapenSpringTest;
import jp.akapen.RouteLocations;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.edition.EditionService;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The canary test without a browser (seed P2, P9): residents' personal data is planted as unique
 * values; every route is opened as each person who may not read it, and everything each page would
 * send to the browser (texts, attributes, properties, items of grids and lists) is searched. Every download the pages
 * offer is fetched and searched too, as every person, the ward and a designated handler included: nothing but the
 * take-out's encrypted export may carry personal data (issue 14 item 7; P8, P10).
 */
@AkapenSpringTest
class CanaryViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    PurposeNoticeService purposeNotice;
    @Autowired
    EditionService editions;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ManuscriptService manuscripts;
    @Autowired
    CorrectionService corrections;

    Canaries canaries;
    List<String> locations;

    @BeforeEach
    void plantCanariesAndListEveryRoute() {
        // handler1 is designated for the canaries' year: it may read them on pages, but no download may carry them
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        canaries = Canaries.plant(users, accounts, personalData, purposeNotice, editions, handler1);
        TestSupport.signIn(users, "ward1");
        locations = RouteLocations.all(context);
    }

    @Test
    void no_page_gives_a_non_handler_any_residents_personal_data_and_no_download_gives_anyone_any() {
        var viewers = new ArrayList<>(List.of("staff1", "manager", "resident1", canaries.undesignatedHandler(),
                canaries.residentUsernames().getFirst()));
        int pages = 0;
        long texts = 0;
        var leaks = new ArrayList<String>();
        for (String viewer : viewers) {
            var forbidden = canaries.valuesExceptOf(viewer);
            for (String location : locations) {
                open(viewer, location);
                var seen = PageText.texts(UI.getCurrent());
                texts += seen.size();
                pages++;
                PageText.occurrences(seen, forbidden).forEach(value -> leaks.add(viewer + " /" + location));
                fetchDownloads(viewer, location);
            }
        }
        // the ward and a designated handler may read residents' data on pages, but no download may carry it either
        for (String reader : List.of("ward1", "handler1")) {
            for (String location : locations) {
                open(reader, location);
                fetchDownloads(reader, location);
            }
        }
        System.out.printf("Canary (view tests): %d locations of every route as %d people = %d pages, %d texts searched, %d occurrences%n",
                locations.size(), viewers.size(), pages, texts, leaks.size());
        System.out.printf("Canary (downloads): %d fetched on every page as %d people, %d kinds: %s; %d occurrences%n",
                downloads.size(), viewers.size() + 2, kinds().size(), kinds(), downloadLeaks.size());
        assertThat(leaks).isEmpty();
        assertThat(pages).isGreaterThanOrEqualTo(viewers.size() * 10);
        assertThat(downloadLeaks).isEmpty();
        assertThat(kinds()).as("the walk reached the progress and audit CSVs at least")
                .contains("progress akapen-progress.csv", "audit akapen-audit.csv");
        assertThat(downloads).as("what was fetched was read")
                .allSatisfy(d -> assertThat(String.join("", d.texts())).isNotBlank());
    }

    final List<Downloads.Download> downloads = new ArrayList<>();
    final List<String> downloadLeaks = new ArrayList<>();

    private void open(String person, String location) {
        TestSupport.signIn(users, person);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate(location);
    }

    private void fetchDownloads(String person, String location) {
        for (var download : Downloads.offeredOn(UI.getCurrent(), location)) {
            downloads.add(download);
            PageText.occurrences(download.texts(), canaries.values())
                    .forEach(v -> downloadLeaks.add(person + " /" + location + " " + download.fileName()));
        }
    }

    private TreeSet<String> kinds() {
        return downloads.stream().map(d -> d.location().replaceAll("[0-9]+", "n") + " " + d.fileName())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    @Test
    void the_download_scan_reads_csv_pdf_and_zip_so_it_can_fail() throws Exception {
        String value = canaries.data().getFirst().email();
        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("roster.csv"));
            out.write(("名前,メール\n" + value + "\n").getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        }
        byte[] pdf;
        try (var writer = new jp.akapen.shared.pdf.PdfWriter(jp.akapen.shared.pdf.JapaneseFont.fromEnvironment())) {
            writer.left("名簿 " + value, 11);
            pdf = writer.finish("", null, "canary");
        }

        assertThat(PageText.occurrences(Downloads.read(zip.toByteArray()), List.of(value))).isNotEmpty();
        assertThat(PageText.occurrences(Downloads.read(("x," + value).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                List.of(value))).isNotEmpty();
        assertThat(PageText.occurrences(Downloads.read(pdf), List.of(value))).isNotEmpty();
    }

    @Test
    void the_scan_finds_a_canary_where_it_may_be_shown_so_it_can_fail() {
        String own = canaries.residentUsernames().getFirst();
        TestSupport.signIn(users, own);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("my-data");

        var seen = PageText.texts(UI.getCurrent());

        assertThat(PageText.occurrences(seen, List.of(canaries.data().getFirst().email()))).isNotEmpty();
    }
}
