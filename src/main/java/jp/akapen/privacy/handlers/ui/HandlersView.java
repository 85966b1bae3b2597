package jp.akapen.privacy.handlers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import jp.akapen.privacy.handlers.Designation;
import jp.akapen.privacy.handlers.DesignationException;
import jp.akapen.privacy.handlers.DesignationStatus;
import jp.akapen.privacy.handlers.HandlerDesignationService;
import jp.akapen.privacy.handlers.RegisterEntry;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/**
 * 取扱者の指定 (seed P2): the handler register. The ward reads it at any time; the contractor's
 * manager keeps it here, designating people and ending designations.
 */
@Route("handlers")
@Menu(order = 60, icon = "vaadin:user-check", title = "menu.handlers")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class HandlersView extends Main implements HasDynamicTitle {

    private final HandlerDesignationService service;
    private final Clock clock;
    private final Grid<RegisterEntry> grid = new Grid<>();
    private final boolean manager;
    private DesignationForm form;

    HandlersView(HandlerDesignationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.manager = SignedIn.user().map(u -> Roles.CONTRACTOR_MANAGER.equals(u.role())).orElse(false);
        addClassName("handlers");
        add(new Paragraph(getTranslation(manager ? "handlers.intro.manager" : "handlers.intro.ward")));
        columns();
        grid.setEmptyStateText(getTranslation("handlers.none"));
        add(grid);
        if (manager) {
            form = new DesignationForm(service.candidates(), today());
            form.addDesignateListener(event -> designate(event));
            add(new H2(getTranslation("handlers.new")), form);
        }
        refresh();
    }

    private void columns() {
        var person = grid.addComponentColumn(e -> twoLines(e.personName(),
                e.role() == null ? "—" : getTranslation("role." + e.role())))
                .setHeader(getTranslation("handlers.person-and-role")).setKey("person").setWidth("11rem").setFlexGrow(2);
        grid.addColumn(e -> period(e.designation())).setHeader(getTranslation("handlers.period")).setKey("period")
                .setWidth("10rem").setFlexGrow(2);
        var status = grid.addComponentColumn(this::status).setHeader(getTranslation("handlers.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("status");
        grid.addComponentColumn(e -> twoLines(e.designatedByName(), when(e.designation().designatedAt())))
                .setHeader(getTranslation("handlers.designated-by")).setKey("designated").setWidth("9rem").setFlexGrow(2);
        grid.addComponentColumn(e -> e.endedByName() == null ? new Span()
                : twoLines(e.endedByName(), when(e.designation().endedAt())))
                .setHeader(getTranslation("handlers.ended-by")).setKey("ended").setWidth("9rem").setFlexGrow(2);
        if (manager) {
            grid.addComponentColumn(this::endButton).setHeader(getTranslation("handlers.actions")).setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // on a phone the person and the status come first, the rest a swipe away inside the grid
        GridOnPhones.first(grid, 1000, person, status);
    }

    private static Component twoLines(String first, String second) {
        var secondLine = new Span(second);
        secondLine.addClassName("designation-detail");
        var cell = new Div(new Span(first), secondLine);
        cell.addClassName("designation-cell");
        return cell;
    }

    private String period(Designation d) {
        String from = JapaneseDates.date(d.startsOn(), getLocale());
        String to = d.endsOn() == null ? getTranslation("handlers.open-ended") : JapaneseDates.date(d.endsOn(), getLocale());
        return getTranslation("handlers.period-value", from, to);
    }

    private String when(Instant at) {
        return JapaneseDates.dateTime(at, getLocale());
    }

    private Component status(RegisterEntry entry) {
        var badge = new Span(getTranslation(entry.status().labelKey()));
        badge.addClassNames("status-badge", "designation-status-" + entry.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Component endButton(RegisterEntry entry) {
        if (entry.status() == DesignationStatus.ENDED) {
            return new Span();
        }
        var end = new Button(getTranslation("handlers.end-action"), click -> confirmEnd(entry));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        end.getElement().setAttribute("aria-label", getTranslation("handlers.end-action.label", entry.personName()));
        return end;
    }

    private void confirmEnd(RegisterEntry entry) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("handlers.end-confirm.title"));
        dialog.add(new Paragraph(getTranslation("handlers.end-confirm", entry.personName())));
        var yes = new Button(getTranslation("handlers.end-action"), click -> {
            dialog.close();
            end(entry);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.setId("confirm-end");
        dialog.getFooter().add(new Button(getTranslation("handlers.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private void end(RegisterEntry entry) {
        try {
            service.end(entry.designation().id());
            Notification.show(getTranslation("handlers.ended-notice", entry.personName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DesignationException refused) {
            refused.messageKeys().forEach(key -> Notification.show(getTranslation(key))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
        refresh();
    }

    private void designate(DesignationForm.DesignateEvent event) {
        try {
            RegisterEntry created = service.designate(event.personId(), event.start(), event.end());
            form.clear(today());
            refresh();
            Notification.show(getTranslation("handlers.designated-notice", created.personName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DesignationException refused) {
            form.showProblems(refused.messageKeys(), refused::arguments);
        }
    }

    private void refresh() {
        GridRows.show(grid, service.register());
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handlers.title");
    }
}
