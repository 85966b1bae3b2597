package jp.akapen.privacy.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.akapen.shared.ui.DateFields;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditFilter;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.AuditOutcome;
import jp.akapen.privacy.audit.ChainReport;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;

/**
 * 監査ログ: the audit log for the ward's inspection (seed P4, O2), newest first, filtered by period,
 * actor, action, outcome and object; a verification of the whole chain; and a CSV export of the
 * filtered entries, which is itself logged.
 */
@Route("audit")
@Menu(order = 85, icon = "vaadin:clipboard-check", title = "menu.audit")
@RolesAllowed(Roles.WARD_STAFF)
class AuditView extends Main implements HasDynamicTitle {

    private final AuditLogService log;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<People.Person> actor = new ComboBox<>();
    private final Select<Optional<AuditAction>> action = new Select<>();
    private final Select<Optional<AuditOutcome>> outcome = new Select<>();
    private final TextField object = new TextField();
    private final Paragraph verdict = new Paragraph();
    private final Paragraph proof = new Paragraph();
    private final Grid<AuditLogService.Row> grid = new Grid<>();
    private AuditFilter filter = AuditFilter.ALL;

    AuditView(AuditLogService log, People people) {
        this.log = log;
        addClassName("audit");
        DateFields.typeable(from, getLocale());
        DateFields.typeable(to, getLocale());
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setItems(everyone(people));
        actor.setItemLabelGenerator(p -> AuditLabels.person(this, p.displayName(), p.id(), p.role()));
        actor.setClearButtonVisible(true);
        actor.setWidth("20em");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(options(AuditAction.values()));
        action.setItemLabelGenerator(a -> a.map(x -> AuditLabels.action(this, x.name()))
                .orElse(getTranslation("audit.filter.any")));
        action.setValue(Optional.empty());
        outcome.setLabel(getTranslation("audit.filter.outcome"));
        outcome.setItems(options(AuditOutcome.values()));
        outcome.setItemLabelGenerator(o -> o.map(x -> AuditLabels.outcome(this, x.name()))
                .orElse(getTranslation("audit.filter.any")));
        outcome.setValue(Optional.empty());
        object.setLabel(getTranslation("audit.filter.object"));
        object.setPlaceholder("person:42");
        object.setMaxLength(110);
        object.setClearButtonVisible(true);
        var apply = new Button(getTranslation("audit.filter.apply"), click -> applyFilter());
        apply.setId("audit-apply");
        var verify = new Button(getTranslation("audit.verify"), click -> verify());
        verify.setId("audit-verify");
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[][] holder = new byte[1][];
            event.getUI().accessSynchronously(() -> holder[0] = csvOrExplain());
            if (holder[0] == null) {
                return DownloadResponse.error(400);
            }
            return new DownloadResponse(new ByteArrayInputStream(holder[0]), "akapen-audit.csv",
                    "text/csv; charset=UTF-8", holder[0].length);
        }), getTranslation("audit.csv"));
        csv.setId("audit-csv");
        var filters = new HorizontalLayout(from, to, actor, action, outcome, object, apply, verify, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        verdict.addClassName("audit-verdict");
        verdict.setId("audit-verdict");
        proof.addClassName("audit-proof");
        proof.setId("audit-proof");
        configureGrid();
        add(filters, verdict, proof, grid);
        grid.setItems(query -> log.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter));
    }

    /**
     * Widths in rem with the texts wrapping inside them, so the whole entry reads without scrolling sideways on a
     * desktop screen (issue 22); on a phone the number stays in place and what happened comes first (issue 21).
     */
    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        var seq = grid.addColumn(r -> r.event().seq()).setHeader(getTranslation("audit.seq")).setWidth("3.5rem")
                .setFlexGrow(0);
        var at = grid.addColumn(r -> AuditLabels.tokyoSeconds(r.event().at())).setHeader(getTranslation("audit.at"))
                .setWidth("8rem").setFlexGrow(0);
        // the mail sender's reads of delivery addresses (vault.DeliveryAddresses) and the erasure job have no person
        // but a role
        var actor = grid.addColumn(r -> r.event().actorId() == null ? getTranslation(systemActor(r.event().actorRole()))
                : AuditLabels.person(this, r.actorName(), r.event().actorId(), r.event().actorRole()))
                .setHeader(getTranslation("audit.actor")).setWidth("9rem").setFlexGrow(2);
        var action = grid.addColumn(r -> AuditLabels.action(this, r.event().action()))
                .setHeader(getTranslation("audit.action")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(r -> AuditLabels.object(r.event())).setHeader(getTranslation("audit.object")).setWidth("6rem")
                .setFlexGrow(1);
        grid.addColumn(r -> r.event().fields() == null ? "" : String.join(", ", r.event().fields()))
                .setHeader(getTranslation("audit.fields")).setWidth("6rem").setFlexGrow(1);
        var outcome = grid.addColumn(r -> AuditLabels.outcome(this, r.event().outcome()))
                .setHeader(getTranslation("audit.outcome")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> AuditLabels.shortHash(r.event().sessionHash())).setHeader(getTranslation("audit.session"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(r -> r.event().clientAddress() == null ? "" : r.event().clientAddress())
                .setHeader(getTranslation("audit.client")).setWidth("6rem").setFlexGrow(1);
        GridOnPhones.first(grid, 1100, seq, action, actor, at, outcome);
        grid.setEmptyStateText(getTranslation("audit.none"));
    }

    /** Applies the filters, or says what is wrong with them and keeps them as typed. */
    boolean applyFilter() {
        var period = AuditFilters.period(from.getValue(), to.getValue());
        if (period.isEmpty()) {
            show(getTranslation("audit.filter.period-invalid"));
            return false;
        }
        var objectParts = AuditFilters.object(object.getValue());
        filter = new AuditFilter(period.get()[0], period.get()[1], actor.getValue() == null ? null : actor.getValue().id(),
                action.getValue().orElse(null), outcome.getValue().orElse(null), objectParts[0], objectParts[1]);
        grid.getDataProvider().refreshAll();
        return true;
    }

    ChainReport verify() {
        ChainReport report = log.verify();
        verdict.removeClassNames("intact", "broken");
        if (report.intact()) {
            verdict.setText(getTranslation("audit.verify.intact", String.valueOf(report.checked()),
                    report.lastHash() == null ? "-" : report.lastHash()));
            verdict.addClassName("intact");
        } else {
            verdict.setText(getTranslation("audit.verify.broken", String.valueOf(report.brokenSeq()),
                    getTranslation("audit.problem." + report.problem().name().toLowerCase(Locale.ROOT))));
            verdict.addClassName("broken");
        }
        proof.setText(proofText(report));
        grid.getDataProvider().refreshAll();
        return report;
    }

    String verdict() {
        return verdict.getText();
    }

    /** What the verdict rests on: the audit key, the plain chain alone, or a checkpoint kept outside the log. */
    String proof() {
        return proof.getText();
    }

    private String proofText(ChainReport report) {
        String keyed = report.keyedFromSeq() == null ? getTranslation("audit.keyed.none")
                : getTranslation("audit.keyed.from", String.valueOf(report.keyedFromSeq()));
        if (report.intact()) {
            return keyed;
        }
        return getTranslation("audit.proof." + report.proof().name().toLowerCase(Locale.ROOT)) + " " + keyed;
    }

    /** The filtered entries as CSV, or null (and a message) when the filters are wrong or match too many. */
    byte[] csvOrExplain() {
        if (!applyFilter()) {
            return null;
        }
        if (log.count(filter) > AuditLogService.EXPORT_MAX) {
            show(getTranslation("audit.csv.too-many", String.valueOf(AuditLogService.EXPORT_MAX)));
            return null;
        }
        return AuditCsv.of(this, log.export(filter));
    }

    private void show(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static List<People.Person> everyone(People people) {
        var all = new ArrayList<People.Person>();
        for (String role : Roles.ALL) {
            all.addAll(people.withRole(role));
        }
        return all;
    }

    private static <T> List<Optional<T>> options(T[] values) {
        var list = new ArrayList<Optional<T>>();
        list.add(Optional.empty());
        Arrays.stream(values).map(Optional::of).forEach(list::add);
        return list;
    }

    // for tests
    DatePicker from() {
        return from;
    }

    DatePicker to() {
        return to;
    }

    Select<Optional<AuditAction>> action() {
        return action;
    }

    Select<Optional<AuditOutcome>> outcome() {
        return outcome;
    }

    ComboBox<People.Person> actor() {
        return actor;
    }

    TextField object() {
        return object;
    }

    Grid<AuditLogService.Row> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    private static String systemActor(String role) {
        if ("SYSTEM_MAIL".equals(role)) {
            return "audit.system.system-mail";
        }
        return "SYSTEM_ERASURE".equals(role) ? "audit.system.system-erasure" : "audit.nobody";
    }
}
