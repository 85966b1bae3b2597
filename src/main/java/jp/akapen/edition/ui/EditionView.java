package jp.akapen.edition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.akapen.edition.Article;
import jp.akapen.edition.Cohort;
import jp.akapen.edition.Edition;
import jp.akapen.edition.EditionException;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.shared.JapaneseDates;
import com.vaadin.flow.shared.Registration;
import jp.akapen.shared.People;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import jp.akapen.shared.ui.GridRows;
import jp.akapen.shared.ui.Live;
import jp.akapen.shared.ui.UpdateBanner;
import jp.akapen.shared.PortalUser;
import jp.akapen.proofreading.ProofreadingException;
import jp.akapen.proofreading.ProofreadingService;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.GridOnPhones;

/** One edition: its schedule and the schedule's history, its articles, and its delivery. */
@Route("editions/:editionId([0-9]{1,18})")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF})
class EditionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EditionService editions;
    private final People people;
    private final Clock clock;
    private final LiveHub live;
    private final ProofreadingService proofreading;
    private final Div content = new Div();
    private final UpdateBanner banner = new UpdateBanner(this::refresh);
    private Edition edition;
    private Registration following;

    EditionView(EditionService editions, People people, Clock clock, LiveHub live, ProofreadingService proofreading) {
        this.editions = editions;
        this.proofreading = proofreading;
        this.people = people;
        this.clock = clock;
        this.live = live;
        addClassName("edition");
        content.addClassName("live-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("editionId").orElseThrow());
        try {
            edition = editions.edition(id);
        } catch (EditionException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(banner, content);
        if (following != null) {
            following.remove();
        }
        following = Live.follow(content, live, Topics.edition(id), happened -> {
            if (!editions.edition(edition.id()).equals(edition)) {
                banner.tell(getTranslation("live.edition." + happened.kind()));
            }
        });
        build();
    }

    private void refresh() {
        edition = editions.edition(edition.id());
        build();
    }

    private void build() {
        content.removeAll();
        PortalUser user = SignedIn.require();
        boolean ward = Roles.WARD_STAFF.equals(user.role());
        boolean manager = Roles.CONTRACTOR_MANAGER.equals(user.role());
        var back = new Anchor("editions", getTranslation("edition.list-title"));
        back.addClassName("back-link");
        content.add(back, new H2(EditionLabels.edition(this, edition)), timeline(), schedule(ward || manager),
                articles(ward || manager), delivery(ward, manager), allowedWords(ward || manager), history());
    }

    /** Words this edition uses on purpose, which the proofreading check leaves alone in its manuscripts (issue 16). */
    private Component allowedWords(boolean editable) {
        var section = new Section(new H3(getTranslation("edition.allowed.title")),
                new Paragraph(getTranslation("edition.allowed.help")));
        section.setId("allowed-words");
        var words = new Div();
        words.addClassName("allowed-words");
        var allowed = proofreading.allowed(edition.id());
        if (allowed.isEmpty()) {
            words.add(new Paragraph(getTranslation("edition.allowed.none")));
        }
        for (String word : allowed) {
            var chip = new Span(new Span(word));
            chip.addClassName("allowed-word");
            if (editable) {
                var remove = new Button(getTranslation("edition.allowed.remove"), click -> {
                    proofreading.disallow(edition.id(), word);
                    build();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", getTranslation("edition.allowed.remove-word", word));
                chip.add(remove);
            }
            words.add(chip);
        }
        section.add(words);
        if (editable) {
            var word = new TextField(getTranslation("edition.allowed.word"));
            word.setMaxLength(100);
            var add = new Button(getTranslation("edition.allowed.add"));
            add.setId("allow-word");
            add.addClickListener(click -> {
                try {
                    proofreading.allow(edition.id(), word.getValue());
                    build();
                } catch (ProofreadingException refused) {
                    word.setInvalid(true);
                    word.setErrorMessage(getTranslation(refused.messageKey()));
                }
            });
            var row = new HorizontalLayout(word, add);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    private Component timeline() {
        List<MilestoneTimeline.Point> points = new ArrayList<>();
        for (MilestoneKind kind : MilestoneKind.values()) {
            LocalDate due = edition.milestones().get(kind);
            if (due != null) {
                boolean overdue = kind == MilestoneKind.DELIVERY && edition.deliveredOn() == null && due.isBefore(today());
                points.add(new MilestoneTimeline.Point(EditionLabels.milestone(this, kind), EditionLabels.date(this, due),
                        due, overdue));
            }
        }
        return new MilestoneTimeline(points, today(), getTranslation("edition.today"),
                getTranslation("edition.timeline.label", EditionLabels.edition(this, edition)));
    }

    private Component schedule(boolean editable) {
        var section = new Section(new H3(getTranslation("edition.schedule")));
        section.addClassName("schedule");
        var row = new HorizontalLayout();
        row.setWrap(true);
        for (MilestoneKind kind : MilestoneKind.values()) {
            var picker = new DatePicker(EditionLabels.milestone(this, kind));
            picker.setValue(edition.milestones().get(kind));
            picker.setReadOnly(!editable);
            picker.setLocale(EditionLabels.locale(this));
            picker.addValueChangeListener(change -> {
                if (!change.isFromClient() || change.getValue() == null) {
                    return;
                }
                try {
                    edition = editions.reschedule(edition.id(), kind, change.getValue());
                    Notification.show(getTranslation("edition.rescheduled", EditionLabels.milestone(this, kind),
                            EditionLabels.date(this, change.getValue()))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    build();
                } catch (EditionException refused) {
                    picker.setInvalid(true);
                    picker.setErrorMessage(getTranslation(refused.messageKey()));
                }
            });
            row.add(picker);
        }
        section.add(row);
        return section;
    }

    private Component articles(boolean editable) {
        var section = new Section(new H3(getTranslation("edition.articles")));
        section.addClassName("articles");
        var grid = new Grid<Article>();
        // widths in rem (texts wrap inside them); on a phone the title and the residents come first
        var title = grid.addColumn(Article::title).setHeader(getTranslation("edition.article.title"))
                .setWidth("11rem").setFlexGrow(3);
        grid.addColumn(a -> getTranslation("edition.article.length-value", a.plannedLength()))
                .setHeader(getTranslation("edition.article.length")).setWidth("7rem").setFlexGrow(0);
        var residents = grid.addColumn(Article::penNames).setHeader(getTranslation("edition.article.residents"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(a -> a.handlerName() == null ? "—" : a.handlerName())
                .setHeader(getTranslation("edition.article.handler")).setWidth("10rem").setFlexGrow(1);
        GridOnPhones.first(grid, 760, title, residents);
        GridRows.show(grid, editions.articlesOf(edition.id()));
        grid.setEmptyStateText(getTranslation("edition.article.none"));
        section.add(grid);
        if (editable) {
            section.add(articleForm());
        }
        return section;
    }

    private Component articleForm() {
        var title = new TextField(getTranslation("edition.article.title"));
        title.setMaxLength(200);
        title.setWidth("20em");
        var length = new IntegerField(getTranslation("edition.article.length"));
        length.setValue(1200);
        length.setMin(1);
        var cohort = editions.cohorts().stream().filter(c -> c.id() == edition.cohortId()).findFirst().orElseThrow();
        var residents = new MultiSelectComboBox<Cohort.Member>(getTranslation("edition.article.residents"));
        residents.setItems(cohort.residents());
        residents.setItemLabelGenerator(Cohort.Member::penName);
        var handler = new ComboBox<People.Person>(getTranslation("edition.article.handler"));
        handler.setItems(people.withRole(Roles.CONTRACTOR_HANDLER));
        handler.setItemLabelGenerator(People.Person::displayName);
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        Supplier<List<Long>> chosen = () -> residents.getSelectedItems().stream().map(Cohort.Member::id).toList();
        var add = new Button(getTranslation("edition.article.add"), click -> {
            try {
                editions.addArticle(edition.id(), title.getValue(), length.getValue() == null ? 0 : length.getValue(),
                        chosen.get(), handler.getValue() == null ? null : handler.getValue().id());
                build();
                Notification.show(getTranslation("edition.article.added")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (EditionException refused) {
                problem.setText(getTranslation(refused.messageKey()));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-article");
        var row = new HorizontalLayout(title, length, residents, handler, add);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(row, problem);
    }

    private Component delivery(boolean ward, boolean manager) {
        var section = new Section(new H3(getTranslation("edition.delivery")));
        section.addClassName("delivery");
        String state = edition.deliveredOn() == null ? getTranslation("edition.delivery.none")
                : getTranslation(edition.deliveryConfirmed() ? "edition.delivery.confirmed" : "edition.delivery.reported",
                        EditionLabels.date(this, edition.deliveredOn()));
        var status = new Span(state);
        status.addClassName("status-badge");
        section.add(status);
        if (manager && !edition.deliveryConfirmed()) {
            var on = new DatePicker(getTranslation("edition.delivery.date"));
            on.setMax(today());
            on.setValue(today());
            var report = new Button(getTranslation("edition.delivery.report"), click -> {
                try {
                    edition = editions.markDelivered(edition.id(), on.getValue());
                    build();
                } catch (EditionException refused) {
                    on.setInvalid(true);
                    on.setErrorMessage(getTranslation(refused.messageKey()));
                }
            });
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var row = new HorizontalLayout(on, report);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        if (ward && edition.deliveredOn() != null && !edition.deliveryConfirmed()) {
            var confirm = new Button(getTranslation("edition.delivery.confirm"), click -> {
                try {
                    edition = editions.confirmDelivery(edition.id());
                    build();
                } catch (EditionException refused) {
                    Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("confirm-delivery");
            section.add(confirm);
        }
        return section;
    }

    private Component history() {
        var section = new Section(new H3(getTranslation("edition.schedule.history")));
        section.addClassName("history");
        var changes = editions.scheduleChanges(edition.id());
        if (changes.isEmpty()) {
            section.add(new Paragraph(getTranslation("edition.schedule.no-history")));
        }
        changes.forEach(change -> {
            var when = new Span(JapaneseDates.dateTime(change.changedAt(), EditionLabels.locale(this)));
            when.addClassName("history-time");
            var who = new Span(change.changedBy());
            who.addClassName("history-who");
            var what = new Span(change.oldDue() == null
                    ? getTranslation("edition.schedule.set", EditionLabels.milestone(this, change.kind()),
                            EditionLabels.date(this, change.newDue()))
                    : getTranslation("edition.schedule.moved", EditionLabels.milestone(this, change.kind()),
                            EditionLabels.date(this, change.oldDue()), EditionLabels.date(this, change.newDue())));
            var row = new Div(when, who, what);
            row.addClassName("history-row");
            section.add(row);
        });
        return section;
    }

    @Override
    public String getPageTitle() {
        return edition == null ? getTranslation("edition.list-title") : EditionLabels.edition(this, edition);
    }
}
