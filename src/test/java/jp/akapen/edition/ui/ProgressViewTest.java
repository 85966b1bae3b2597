package jp.akapen.edition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.Edition;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.edition.ProgressRow;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The ward's dashboard without a browser (W6, W7). */
@AkapenSpringTest
class ProgressViewTest extends SpringBrowserlessTest {

    static final AtomicInteger YEAR = new AtomicInteger(2500);

    @Autowired
    UserDetailsService users;

    @Autowired
    EditionService editions;

    @Autowired
    TestSupport.MovableClock clock;

    Edition edition;

    @BeforeEach
    void anEditionWithTwoArticles() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        long resident2 = ((PortalUser) users.loadUserByUsername("resident2")).id();
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        TestSupport.signIn(users, "ward1");
        var cohort = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year, LocalDate.of(year, 4, 1),
                LocalDate.of(year + 1, 3, 31), "あかね編集室", List.of(resident1, resident2))));
        LocalDate today = LocalDate.ofInstant(clock.instant(), JapaneseDates.ZONE);
        Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
        schedule.put(MilestoneKind.DRAFT_DUE, today.plusDays(3));
        schedule.put(MilestoneKind.DELIVERY, today.plusDays(40));
        edition = editions.createEdition(cohort.id(), 1, "見える化の号", schedule);
        editions.addArticle(edition.id(), "さくらの記事", 1000, List.of(resident1), handler1);
        editions.addArticle(edition.id(), "若葉の記事", 1000, List.of(resident2), handler1);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private ProgressView open() {
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var view = navigate(ProgressView.class);
        @SuppressWarnings("unchecked")
        Select<Optional<Edition>> select = find(Select.class).all().getFirst();
        test(select).selectItem(EditionLabels.edition(view, edition));
        return view;
    }

    @SuppressWarnings("unchecked")
    private List<ProgressRow> rows() {
        return ((Grid<ProgressRow>) find(Grid.class).all().getFirst()).getGenericDataView().getItems().toList();
    }

    @Test
    void the_ward_sees_each_article_with_its_pen_name_and_stage() {
        open();
        assertThat(rows()).extracting(r -> r.article().penNames()).containsExactlyInAnyOrder("さくら", "若葉");
        assertThat(rows()).allSatisfy(r -> assertThat(r.overdue()).isFalse());
    }

    @Test
    void after_the_draft_date_passes_the_articles_are_overdue_and_listed_first() {
        clock.advance(Duration.ofDays(4));
        open();
        assertThat(rows()).allSatisfy(r -> assertThat(r.overdue()).isTrue());
        @SuppressWarnings("unchecked")
        Grid<ProgressRow> grid = find(Grid.class).all().getFirst();
        assertThat(grid.getPartNameGenerator().apply(rows().getFirst())).isEqualTo("overdue");
    }

    @Test
    void the_csv_opens_in_japanese_excel_and_holds_pen_names_but_no_personal_data() {
        var view = open();
        byte[] csv = view.csv();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("号,記事,筆名,担当（取扱者）,段階").contains("さくらの記事").contains("若葉")
                .contains("\r\n").doesNotContain("山田").doesNotContain("佐藤").doesNotContain("@example.jp");
    }

    @Test
    void the_csv_has_one_date_format_per_column_and_its_header_says_which() {
        var view = open();
        String text = new String(view.csv(), StandardCharsets.UTF_8).substring(1);
        List<List<String>> lines = text.lines().map(ProgressViewTest::cells).toList();
        List<String> header = lines.getFirst();
        int due = header.indexOf("次の期限（YYYY-MM-DD）");
        int last = header.indexOf("最後の動き（YYYY-MM-DD hh:mm、日本時間）");
        assertThat(due).as("header %s", header).isNotNegative();
        assertThat(last).as("header %s", header).isNotNegative();

        List<List<String>> rows = lines.subList(1, lines.size());
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(r -> r.get(due)).allMatch(d -> d.isEmpty() || d.matches("\\d{4}-\\d{2}-\\d{2}"))
                .anyMatch(d -> !d.isEmpty());
        assertThat(rows).extracting(r -> r.get(last))
                .allMatch(d -> d.isEmpty() || d.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
    }

    /** One CSV line's cells (quotes as RFC 4180 writes them). */
    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
