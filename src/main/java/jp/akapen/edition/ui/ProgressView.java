package jp.akapen.edition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.akapen.edition.Edition;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.ProgressRow;
import jp.akapen.edition.ProgressService;
import jp.akapen.edition.TurnaroundSummary;
import jp.akapen.edition.progress.Figures;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.edition.progress.Stage;
import jp.akapen.manuscript.ManuscriptLinks;
import jp.akapen.shared.Csv;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;
import jp.akapen.shared.ui.WholeValue;

/**
 * 進捗: every article's stage, days in stage, next due date (overdue first and marked), the
 * edition's milestones against today, and correction turnaround per edition and per handler.
 */
@Route("progress")
@Menu(order = 30, icon = "vaadin:chart-timeline", title = "menu.progress")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class ProgressView extends Main implements HasDynamicTitle {

    private final ProgressService progress;
    private final Clock clock;
    private final Select<Optional<Edition>> edition = new Select<>();
    private final Select<Optional<Stage>> stage = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Grid<ProgressRow> grid = new Grid<>();
    private final Div timeline = new Div();
    private final Paragraph summary = new Paragraph();
    private final Paragraph editionTurnaround = new Paragraph();
    private Grid.Column<ProgressRow> editionColumn;

    ProgressView(ProgressService progress, EditionService editions, Clock clock) {
        this.progress = progress;
        this.clock = clock;
        addClassName("progress");
        List<Optional<Edition>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        editions.editions().forEach(e -> choices.add(Optional.of(e)));
        edition.setLabel(getTranslation("progress.filter.edition"));
        edition.setWidth("24em");
        edition.setItems(choices);
        edition.setItemLabelGenerator(e -> e.map(x -> EditionLabels.edition(this, x))
                .orElse(getTranslation("progress.filter.all-editions")));
        edition.setValue(choices.size() > 1 ? choices.getLast() : choices.getFirst());
        WholeValue.titled(edition);
        List<Optional<Stage>> stages = new ArrayList<>();
        stages.add(Optional.empty());
        for (Stage s : Stage.values()) {
            stages.add(Optional.of(s));
        }
        stage.setLabel(getTranslation("progress.filter.stage"));
        stage.setItems(stages);
        stage.setItemLabelGenerator(s -> s.map(x -> EditionLabels.stageName(this, x))
                .orElse(getTranslation("progress.filter.all-stages")));
        stage.setValue(Optional.empty());
        overdueOnly.setLabel(getTranslation("progress.filter.overdue"));
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[][] holder = new byte[1][];
            event.getUI().accessSynchronously(() -> holder[0] = csv());
            byte[] bytes = holder[0];
            return new DownloadResponse(new ByteArrayInputStream(bytes), "akapen-progress.csv", "text/csv; charset=UTF-8",
                    bytes.length);
        }), getTranslation("progress.csv"));
        csv.addClassName("csv-export");
        csv.setId("csv-export");
        var filters = new HorizontalLayout(edition, stage, overdueOnly, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        edition.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        timeline.addClassName("timeline-box");
        summary.addClassName("progress-summary");
        editionTurnaround.addClassName("edition-turnaround");
        add(filters, timeline, summary, editionTurnaround, grid, turnaround());
        refresh();
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    /**
     * Widths in rem, never em: a header cell's font is smaller than a body cell's, so em columns put the cells
     * beside, not under, their headers. The columns fit a 1280 px window beside the menu (59rem) with their texts
     * wrapping; on smaller windows the title, stage and due date come first and the rest scroll inside the grid.
     */
    private void configureGrid() {
        editionColumn = grid.addColumn(r -> EditionLabels.editionShort(this, r.edition()))
                .setHeader(header("progress.edition")).setWidth("6rem").setFlexGrow(0);
        var title = grid.addComponentColumn(r -> r.manuscriptId() == null ? new Span(r.article().title())
                : new Anchor(ManuscriptLinks.manuscript(r.manuscriptId()), r.article().title()))
                .setHeader(header("edition.article.title")).setWidth("9.5rem").setFlexGrow(3);
        grid.addColumn(r -> EditionLabels.penNames(this, r.article().residents())).setHeader(header("edition.article.residents"))
                .setWidth("6rem").setFlexGrow(1);
        grid.addColumn(r -> r.article().handlerName() == null ? "—" : r.article().handlerName())
                .setHeader(header("edition.article.handler")).setWidth("8rem").setFlexGrow(1);
        var stageColumn = grid.addColumn(r -> EditionLabels.stage(this, r.stage()))
                .setHeader(header("progress.stage")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(r -> getTranslation("progress.days-value", r.daysInStage()))
                .setHeader(header("progress.days")).setWidth("5rem").setFlexGrow(0);
        var dueColumn = grid.addComponentColumn(this::due).setHeader(header("progress.next-due"))
                .setWidth("10.5rem").setFlexGrow(2);
        grid.addColumn(r -> r.lastActivity() == null ? "—" : JapaneseDates.dateTime(r.lastActivity(),
                EditionLabels.locale(this))).setHeader(header("progress.last-activity"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addClassName("progress-grid");
        GridOnPhones.first(grid, 1280, title, stageColumn, dueColumn);
        grid.setPartNameGenerator(r -> r.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("progress.none"));
    }

    /** A header that wraps between words only, never inside one. */
    private Span header(String key) {
        var text = new Span(getTranslation(key));
        text.addClassName("grid-header");
        return text;
    }

    private Component due(ProgressRow row) {
        if (row.stage().nextDue() == null) {
            return new Span("—");
        }
        String what = row.stage().nextDueKind() == null ? getTranslation("progress.round-due")
                : EditionLabels.milestone(this, row.stage().nextDueKind());
        var text = new Span((row.overdue() ? "⚠ " + getTranslation("progress.overdue") + " · " : "")
                + getTranslation("progress.next-due.value", EditionLabels.date(this, row.stage().nextDue()), what));
        if (row.overdue()) {
            text.addClassName("overdue-text");
        }
        return text;
    }

    private List<ProgressRow> rows() {
        Long editionId = edition.getValue() == null ? null : edition.getValue().map(Edition::id).orElse(null);
        return progress.progress(editionId).stream()
                .filter(r -> stage.getValue() == null || stage.getValue().isEmpty()
                        || r.stage().stage() == stage.getValue().get())
                .filter(r -> !overdueOnly.getValue() || r.overdue())
                .toList();
    }

    private void refresh() {
        var rows = rows();
        GridRows.show(grid, rows);
        editionColumn.setVisible(edition.getValue() == null || edition.getValue().isEmpty());
        long overdue = rows.stream().filter(ProgressRow::overdue).count();
        summary.setText(getTranslation("progress.summary", rows.size(), overdue));
        timeline.removeAll();
        editionTurnaround.setVisible(false);
        edition.getValue().ifPresent(e -> {
            Figures f = progress.turnaroundOf(e.id());
            editionTurnaround.setText(getTranslation("progress.turnaround.edition", f.rounds(),
                    EditionLabels.duration(this, f.contractorMedian()), EditionLabels.duration(this, f.contractorMax()),
                    EditionLabels.duration(this, f.residentMedian()), EditionLabels.duration(this, f.residentMax())));
            editionTurnaround.setVisible(true);
            List<MilestoneTimeline.Point> points = new ArrayList<>();
            for (MilestoneKind kind : MilestoneKind.values()) {
                LocalDate due = e.milestones().get(kind);
                if (due != null) {
                    points.add(new MilestoneTimeline.Point(EditionLabels.milestone(this, kind),
                            EditionLabels.date(this, due), due, false));
                }
            }
            timeline.add(new MilestoneTimeline(points, today(), getTranslation("edition.today"),
                    getTranslation("edition.timeline.label", EditionLabels.edition(this, e))));
        });
    }

    private Component turnaround() {
        TurnaroundSummary figures = progress.turnaround();
        var section = new Section(new H3(getTranslation("progress.turnaround")));
        section.addClassName("turnaround");
        section.add(new Paragraph(getTranslation("progress.turnaround.help")));
        section.add(figuresLine("progress.turnaround.overall", figures.overall()));
        List<TurnaroundChart.Bar> bars = new ArrayList<>();
        for (var e : figures.perEdition()) {
            Figures f = e.figures();
            bars.add(new TurnaroundChart.Bar(EditionLabels.editionShort(this, e.edition()), f.contractorMedian(),
                    f.residentMedian(), EditionLabels.duration(this, f.contractorMedian()),
                    EditionLabels.duration(this, f.residentMedian())));
        }
        section.add(new TurnaroundChart(bars, getTranslation("progress.turnaround.contractor"),
                getTranslation("progress.turnaround.resident"), getTranslation("progress.turnaround.trend")));
        var perEdition = new Grid<TurnaroundSummary.ForEdition>();
        var edition = perEdition.addColumn(e -> EditionLabels.edition(this, e.edition()))
                .setHeader(getTranslation("progress.edition")).setWidth("10rem").setFlexGrow(2);
        addFigureColumns(perEdition, TurnaroundSummary.ForEdition::figures);
        GridRows.show(perEdition, figures.perEdition());
        perEdition.addClassName("turnaround-per-edition");
        GridOnPhones.first(perEdition, 1100, edition);
        var perHandler = new Grid<TurnaroundSummary.ForHandler>();
        var handler = perHandler.addColumn(TurnaroundSummary.ForHandler::handlerName)
                .setHeader(getTranslation("edition.article.handler")).setWidth("10rem").setFlexGrow(2);
        addFigureColumns(perHandler, TurnaroundSummary.ForHandler::figures);
        GridRows.show(perHandler, figures.perHandler());
        perHandler.addClassName("turnaround-per-handler");
        GridOnPhones.first(perHandler, 1100, handler);
        section.add(new H3(getTranslation("progress.turnaround.per-edition")), perEdition,
                new H3(getTranslation("progress.turnaround.per-handler")), perHandler);
        return section;
    }

    private <T> void addFigureColumns(Grid<T> grid, java.util.function.Function<T, Figures> figures) {
        grid.addColumn(t -> figures.apply(t).rounds()).setHeader(getTranslation("progress.turnaround.rounds"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(t -> EditionLabels.duration(this, figures.apply(t).contractorMedian()))
                .setHeader(getTranslation("progress.turnaround.contractor-median")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(t -> EditionLabels.duration(this, figures.apply(t).contractorMax()))
                .setHeader(getTranslation("progress.turnaround.contractor-max")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(t -> EditionLabels.duration(this, figures.apply(t).residentMedian()))
                .setHeader(getTranslation("progress.turnaround.resident-median")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(t -> EditionLabels.duration(this, figures.apply(t).residentMax()))
                .setHeader(getTranslation("progress.turnaround.resident-max")).setWidth("8rem").setFlexGrow(1);
    }

    private Component figuresLine(String key, Figures f) {
        var line = new Paragraph(getTranslation(key, f.rounds(), EditionLabels.duration(this, f.contractorMedian()),
                EditionLabels.duration(this, f.contractorMax()), EditionLabels.duration(this, f.residentMedian()),
                EditionLabels.duration(this, f.residentMax())));
        line.addClassName("turnaround-overall");
        return line;
    }

    /**
     * The rows as shown (filters applied), pen names and roles only: no personal data. Dates are ISO in every
     * language, as the header says, so a spreadsheet sorts them (issue 22).
     */
    byte[] csv() {
        List<String> header = List.of(getTranslation("progress.edition"), getTranslation("edition.article.title"),
                getTranslation("edition.article.residents"), getTranslation("edition.article.handler"),
                getTranslation("progress.stage"), getTranslation("progress.days"), getTranslation("progress.csv.next-due"),
                getTranslation("progress.overdue"), getTranslation("progress.csv.last-activity"));
        List<List<String>> rows = new ArrayList<>();
        for (ProgressRow r : rows()) {
            rows.add(List.of(EditionLabels.editionShort(this, r.edition()), r.article().title(),
                    EditionLabels.penNames(this, r.article().residents()),
                    r.article().handlerName() == null ? "" : r.article().handlerName(), EditionLabels.stage(this, r.stage()),
                    String.valueOf(r.daysInStage()), r.stage().nextDue() == null ? "" : r.stage().nextDue().toString(),
                    r.overdue() ? getTranslation("progress.overdue") : "",
                    r.lastActivity() == null ? "" : JapaneseDates.isoDateTime(r.lastActivity())));
        }
        return Csv.utf8WithBom(header, rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title");
    }
}
