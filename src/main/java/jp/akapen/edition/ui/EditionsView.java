package jp.akapen.edition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.akapen.edition.Cohort;
import jp.akapen.edition.Edition;
import jp.akapen.edition.EditionException;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;

/** 年度と号: each fiscal-year cohort with its editions; the ward adds cohorts and editions. */
@Route("editions")
@Menu(order = 20, icon = "vaadin:book", title = "menu.editions")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF})
class EditionsView extends Main implements HasDynamicTitle {

    private final EditionService editions;
    private final People people;
    private final Clock clock;
    private final Div list = new Div();

    EditionsView(EditionService editions, People people, Clock clock) {
        this.editions = editions;
        this.people = people;
        this.clock = clock;
        addClassName("editions");
        list.addClassName("cohort-list");
        add(list);
        if (Roles.WARD_STAFF.equals(SignedIn.require().role())) {
            add(cohortForm(), editionForm());
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Cohort> cohorts = editions.cohorts();
        List<Edition> all = editions.editions();
        if (cohorts.isEmpty()) {
            list.add(new Paragraph(getTranslation("edition.none")));
        }
        for (Cohort cohort : cohorts) {
            var section = new Section(new H2(getTranslation("edition.cohort.title",
                    JapaneseDates.fiscalYear(cohort.fiscalYear(), EditionLabels.locale(this)))));
            section.addClassName("cohort");
            section.add(new Paragraph(getTranslation("edition.cohort.facts",
                    EditionLabels.date(this, cohort.termStart()), EditionLabels.date(this, cohort.termEnd()),
                    cohort.contractor(),
                    EditionLabels.penNames(this, cohort.residents()))));
            if (Roles.WARD_STAFF.equals(SignedIn.require().role())) {
                section.add(joinForm(cohort));
            }
            all.stream().filter(e -> e.cohortId() == cohort.id()).forEach(e -> section.add(editionRow(e)));
            list.add(section);
        }
    }

    /** The ward adds a resident recruited later; they are invited to the cohort's coming lectures (issue 13). */
    private Component joinForm(Cohort cohort) {
        var members = cohort.residents().stream().map(Cohort.Member::id).toList();
        var resident = new ComboBox<People.Person>(getTranslation("edition.cohort.join.resident"));
        resident.setItems(people.withRole(Roles.RESIDENT).stream().filter(p -> !members.contains(p.id())).toList());
        resident.setItemLabelGenerator(People.Person::displayName);
        resident.setWidth("20rem");
        resident.setMaxWidth("100%");
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        var join = new Button(getTranslation("edition.cohort.join"), click -> {
            try {
                if (resident.getValue() == null) {
                    problem.setText(getTranslation("edition.error.not-a-resident"));
                    return;
                }
                editions.addResident(cohort.id(), resident.getValue().id());
                refresh();
                Notification.show(getTranslation("edition.cohort.joined"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (EditionException refused) {
                problem.setText(getTranslation(refused.messageKey()));
            }
        });
        join.addClassName("cohort-join");
        var row = new HorizontalLayout(resident, join);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var form = new Div(row, problem);
        form.addClassName("cohort-join-form");
        form.setId("cohort-join-" + cohort.id());
        return form;
    }

    private Component editionRow(Edition edition) {
        var link = new Anchor("editions/" + edition.id(), EditionLabels.edition(this, edition));
        String delivery = edition.deliveredOn() == null ? getTranslation("edition.delivery.none")
                : getTranslation(edition.deliveryConfirmed() ? "edition.delivery.confirmed" : "edition.delivery.reported",
                        EditionLabels.date(this, edition.deliveredOn()));
        var facts = new Span(getTranslation("edition.row.facts",
                EditionLabels.date(this, edition.milestones().get(MilestoneKind.DRAFT_DUE)),
                EditionLabels.date(this, edition.milestones().get(MilestoneKind.DELIVERY)), delivery));
        facts.addClassName("edition-facts");
        var row = new Div(link, facts);
        row.addClassName("edition-row");
        return row;
    }

    private Component cohortForm() {
        var year = new IntegerField(getTranslation("edition.cohort.year"));
        year.setMinWidth("16em"); // the whole label, "Fiscal year (year it starts)", above the field (issue 22)
        LocalDate today = JapaneseDates.today(clock);
        year.setValue(JapaneseDates.fiscalYearOf(today));
        year.setStepButtonsVisible(true);
        var start = new DatePicker(getTranslation("edition.cohort.start"));
        var end = new DatePicker(getTranslation("edition.cohort.end"));
        var contractor = new TextField(getTranslation("edition.cohort.contractor"));
        contractor.setMaxLength(200);
        var residents = new MultiSelectComboBox<People.Person>(getTranslation("edition.cohort.residents"));
        residents.setItems(people.withRole(Roles.RESIDENT));
        residents.setItemLabelGenerator(People.Person::displayName);
        residents.setWidth("24em");
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        var create = new Button(getTranslation("edition.cohort.create"), click -> {
            try {
                editions.createCohort(new NewCohort(year.getValue() == null ? 0 : year.getValue(), start.getValue(),
                        end.getValue(), contractor.getValue(),
                        residents.getSelectedItems().stream().map(People.Person::id).toList()));
                problem.setText("");
                contractor.clear();
                residents.clear();
                refresh();
                Notification.show(getTranslation("edition.cohort.created")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (EditionException refused) {
                problem.setText(getTranslation(refused.messageKey()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(year, start, end, contractor, residents, create);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new Section(new H3(getTranslation("edition.cohort.new")), row, problem);
        section.addClassName("new-cohort");
        return section;
    }

    private Component editionForm() {
        var cohort = new Select<Cohort>();
        cohort.setLabel(getTranslation("edition.cohort"));
        cohort.setItems(editions.cohorts());
        cohort.setItemLabelGenerator(c -> JapaneseDates.fiscalYear(c.fiscalYear(), EditionLabels.locale(this)));
        var number = new IntegerField(getTranslation("edition.number"));
        number.setMin(1);
        number.setStepButtonsVisible(true);
        var title = new TextField(getTranslation("edition.title"));
        title.setMaxLength(200);
        Map<MilestoneKind, DatePicker> dates = new EnumMap<>(MilestoneKind.class);
        for (MilestoneKind kind : MilestoneKind.values()) {
            dates.put(kind, new DatePicker(EditionLabels.milestone(this, kind)));
        }
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        var create = new Button(getTranslation("edition.create"), click -> {
            if (cohort.getValue() == null) {
                problem.setText(getTranslation("edition.error.cohort"));
                return;
            }
            try {
                Map<MilestoneKind, LocalDate> schedule = new EnumMap<>(MilestoneKind.class);
                dates.forEach((kind, picker) -> schedule.put(kind, picker.getValue()));
                var created = editions.createEdition(cohort.getValue().id(),
                        number.getValue() == null ? 0 : number.getValue(), title.getValue(), schedule);
                problem.setText("");
                getUI().ifPresent(ui -> ui.navigate("editions/" + created.id()));
            } catch (EditionException refused) {
                problem.setText(getTranslation(refused.messageKey()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var head = new HorizontalLayout(cohort, number, title);
        head.setWrap(true);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        var schedule = new HorizontalLayout();
        schedule.setWrap(true);
        dates.values().forEach(schedule::add);
        var section = new Section(new H3(getTranslation("edition.new")), head, schedule, create, problem);
        section.addClassName("new-edition");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("edition.list-title");
    }
}
