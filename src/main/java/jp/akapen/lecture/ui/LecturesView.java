package jp.akapen.lecture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.akapen.lecture.AttendanceReport;
import jp.akapen.lecture.AttendanceService;
import jp.akapen.lecture.Lecture;
import jp.akapen.lecture.LectureException;
import jp.akapen.lecture.LectureService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/**
 * 講座・会議 (issue 13; seed W3): upcoming and past sessions the reader may see (a resident, those they are invited
 * to); the manager and active handlers schedule here; the ward and the organisers read the year's attendance rates.
 */
@Route("lectures")
@Menu(order = 40, icon = "vaadin:academy-cap", title = "menu.lectures")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.WARD_STAFF})
class LecturesView extends Main implements HasDynamicTitle {

    private final LectureService lectures;
    private final AttendanceService attendance;
    private final Clock clock;
    private final Div formHolder = new Div();

    LecturesView(LectureService lectures, AttendanceService attendance, Clock clock) {
        this.lectures = lectures;
        this.attendance = attendance;
        this.clock = clock;
        addClassName("lectures-view");
        add(new Paragraph(getTranslation("lecture.intro")));
        if (lectures.mayOrganise()) {
            var create = new Button(getTranslation("lecture.new"), click -> openForm());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("lecture-new");
            add(create, formHolder);
        }
        List<Lecture> all;
        try {
            all = lectures.lectures();
        } catch (LectureException refused) {
            var why = new Paragraph(getTranslation(refused.messageKey(), refused.args()));
            why.addClassName("upload-status upload-refusal");
            add(why);
            return;
        }
        Instant now = clock.instant();
        var upcoming = all.stream().filter(l -> l.endsAt().isAfter(now)).sorted(
                java.util.Comparator.comparing(Lecture::startsAt)).toList();
        var past = all.stream().filter(l -> !l.endsAt().isAfter(now)).toList();
        add(list("lecture.upcoming", "lecture.upcoming.empty", upcoming),
                list("lecture.past", "lecture.past.empty", past));
        String role = SignedIn.require().role();
        if (Roles.WARD_STAFF.equals(role) || lectures.mayOrganise()) {
            add(report(attendance.report(JapaneseDates.fiscalYearOf(JapaneseDates.today(clock)))));
        }
    }

    private void openForm() {
        formHolder.removeAll();
        var form = new LectureForm[1];
        form[0] = new LectureForm(getTranslation("lecture.new"), lectures.cohorts(), lectures.materialChoices(), null,
                draft -> {
                    try {
                        long id = lectures.schedule(draft);
                        getUI().ifPresent(ui -> ui.navigate("lectures/" + id));
                    } catch (LectureException refused) {
                        form[0].refuse(getTranslation(refused.messageKey(), refused.args()));
                    }
                }, formHolder::removeAll);
        formHolder.add(form[0]);
    }

    private Component list(String titleKey, String emptyKey, List<Lecture> items) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("lecture-list");
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation(emptyKey)));
        }
        boolean resident = Roles.RESIDENT.equals(SignedIn.require().role());
        for (Lecture l : items) {
            var card = new Div();
            card.addClassName("lecture-card");
            var kind = new Span(LectureLabels.kind(this, l.kind()));
            kind.addClassName("lecture-kind");
            var link = new Anchor("lectures/" + l.id(), l.title());
            link.addClassName("lecture-title");
            card.add(new Div(kind, link));
            card.add(new Div(new Span(LectureLabels.when(this, l.startsAt(), l.endsAt()))));
            if (l.place() != null) {
                card.add(new Div(new Span(l.place())));
            }
            var facts = new Div();
            facts.addClassName("lecture-facts");
            if (l.cancelled()) {
                var cancelled = new Span(getTranslation("lecture.cancelled"));
                cancelled.addClassName("lecture-cancelled");
                facts.add(cancelled);
            }
            if (resident) {
                facts.add(new Span(getTranslation("lecture.my-answer", LectureLabels.answer(this, l.myAnswer()))));
            } else {
                facts.add(new Span(getTranslation("lecture.attending-count", l.attending(), l.invited(),
                        l.capacity() == null ? "—" : String.valueOf(l.capacity()))));
            }
            card.add(facts);
            section.add(card);
        }
        return section;
    }

    private Component report(AttendanceReport report) {
        var section = new Section(new H2(getTranslation("lecture.report.title",
                JapaneseDates.fiscalYear(report.fiscalYear(), LectureLabels.locale(this)))));
        section.addClassName("lecture-report");
        if (report.sessions().isEmpty()) {
            section.add(new Paragraph(getTranslation("lecture.report.empty")));
            return section;
        }
        var sessions = new Grid<AttendanceReport.PerSession>();
        var title = sessions.addColumn(AttendanceReport.PerSession::title)
                .setHeader(getTranslation("lecture.report.session")).setFlexGrow(2);
        sessions.addColumn(s -> JapaneseDates.date(s.startsAt().atZone(JapaneseDates.ZONE).toLocalDate(),
                LectureLabels.locale(this))).setHeader(getTranslation("lecture.report.date"));
        var rate = sessions.addColumn(s -> getTranslation("lecture.report.rate", s.attended(), s.invited(),
                LectureLabels.percent(s.percent()))).setHeader(getTranslation("lecture.report.attendance"));
        GridRows.show(sessions, report.sessions());
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridOnPhones.first(sessions, 600, title, rate);
        var residents = new Grid<AttendanceReport.PerResident>();
        var name = residents.addColumn(AttendanceReport.PerResident::penName)
                .setHeader(getTranslation("lecture.report.resident"));
        residents.addColumn(r -> getTranslation("lecture.report.rate", r.attended(), r.invited(),
                LectureLabels.percent(r.percent()))).setHeader(getTranslation("lecture.report.attendance"));
        GridRows.show(residents, report.residents());
        residents.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        section.add(new H3(getTranslation("lecture.report.per-session")), sessions,
                new H3(getTranslation("lecture.report.per-resident")), residents);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.lectures");
    }
}
