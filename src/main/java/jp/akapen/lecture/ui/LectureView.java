package jp.akapen.lecture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jp.akapen.lecture.AttendanceService;
import jp.akapen.lecture.Lecture;
import jp.akapen.lecture.LectureDetail;
import jp.akapen.lecture.LectureDetail.Action;
import jp.akapen.lecture.LectureDetail.RosterEntry;
import jp.akapen.lecture.LectureException;
import jp.akapen.lecture.LectureService;
import jp.akapen.lecture.Rsvp;
import jp.akapen.lecture.survey.Survey;
import jp.akapen.lecture.survey.SurveyException;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridRows;

/**
 * One lecture or meeting: when and where, agenda and materials; a resident's answer and check-in; the organiser's
 * invitation, changes, check-in code and ticks; the roster by pen name. Every refusal is shown here, with its reason.
 */
@Route("lectures/:lectureId([0-9]{1,18})")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.WARD_STAFF})
class LectureView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LectureService lectures;
    private final AttendanceService attendance;
    private final SurveyService surveys;
    private final Div message = new Div();
    private long id;
    private LectureDetail detail;
    private String title = "";

    LectureView(LectureService lectures, AttendanceService attendance, SurveyService surveys) {
        this.lectures = lectures;
        this.attendance = attendance;
        this.surveys = surveys;
        addClassName("lecture-view");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("lectureId").orElseThrow());
        removeAll();
        var back = new Anchor("lectures", getTranslation("menu.lectures"));
        back.addClassName("back-link");
        add(back);
        try {
            detail = lectures.lecture(id);
        } catch (LectureException refused) {
            title = getTranslation("menu.lectures");
            add(message);
            refuse(refused);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        Lecture l = detail.lecture();
        title = l.title();
        var back = new Anchor("lectures", getTranslation("menu.lectures"));
        back.addClassName("back-link");
        var kind = new Span(LectureLabels.kind(this, l.kind()));
        kind.addClassName("lecture-kind");
        add(back, new Div(kind), new H2(l.title()), message, facts(l));
        if (detail.actions().contains(Action.ANSWER) || detail.mine() != null) {
            add(rsvp(l));
        }
        if (detail.actions().contains(Action.CHECK_IN) || detail.mine() != null && detail.attended()) {
            add(checkIn());
        }
        surveys().ifPresent(this::add);
        if (detail.actions().contains(Action.ORGANISE)) {
            add(organise(l));
        }
        add(roster());
    }

    private Component facts(Lecture l) {
        var facts = new Section();
        facts.addClassName("lecture-facts-block");
        if (l.cancelled()) {
            var cancelled = new Paragraph(getTranslation("lecture.cancelled"));
            cancelled.addClassName("lecture-cancelled");
            facts.add(cancelled);
            if (l.cancelReason() != null) {
                var reason = new Paragraph(getTranslation("lecture.cancel.reason-shown", l.cancelReason()));
                reason.addClassName("lecture-cancel-reason");
                facts.add(reason);
            }
        }
        facts.add(fact("lecture.when", LectureLabels.when(this, l.startsAt(), l.endsAt())));
        if (l.place() != null) {
            facts.add(fact("lecture.form.place", l.place()));
        }
        if (l.onlineUrl() != null) {
            var link = new Anchor(l.onlineUrl(), l.onlineUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            var label = new Span(getTranslation("lecture.fact.label", getTranslation("lecture.form.online-url")));
            label.addClassName("lecture-fact-label");
            facts.add(new Div(label, link));
        }
        facts.add(fact("lecture.form.capacity", l.capacity() == null ? getTranslation("lecture.no-capacity")
                : getTranslation("lecture.capacity-count", l.capacity(), l.attending())));
        facts.add(fact("lecture.form.deadline", LectureLabels.dateTime(this, l.rsvpDeadline())));
        if (l.agenda() != null) {
            facts.add(new H3(getTranslation("lecture.form.agenda")));
            var agenda = new Paragraph(l.agenda());
            agenda.addClassName("lecture-agenda");
            facts.add(agenda);
        }
        if (!l.materials().isEmpty()) {
            facts.add(new H3(getTranslation("lecture.form.materials")));
            for (Lecture.Material m : l.materials()) {
                var link = new Anchor(m.url(), m.name());
                link.addClassName("lecture-material");
                facts.add(new Div(link));
            }
        }
        return facts;
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation("lecture.fact.label", getTranslation(labelKey)));
        label.addClassName("lecture-fact-label");
        return new Div(label, new Span(value));
    }

    private Component rsvp(Lecture l) {
        var section = new Section(new H3(getTranslation("lecture.rsvp.title")));
        section.addClassName("lecture-rsvp");
        RosterEntry mine = detail.mine();
        section.add(new Paragraph(getTranslation("lecture.my-answer", LectureLabels.answer(this, mine.answer()))));
        if (!detail.actions().contains(Action.ANSWER)) {
            section.add(new Paragraph(getTranslation(l.cancelled() ? "lecture.refused.cancelled"
                    : "lecture.rsvp.closed", LectureLabels.dateTime(this, l.rsvpDeadline()))));
            return section;
        }
        var answer = new RadioButtonGroup<Rsvp>(getTranslation("lecture.rsvp.answer"));
        answer.setItems(Rsvp.values());
        answer.setItemLabelGenerator(a -> LectureLabels.answer(this, a));
        answer.setValue(mine.answer());
        var note = new TextArea(getTranslation("lecture.rsvp.note"));
        note.setMaxLength(200);
        note.setHelperText(getTranslation("lecture.rsvp.note.help"));
        note.setValue(mine.note() == null ? "" : mine.note());
        var save = new Button(getTranslation("lecture.rsvp.save"), click -> act(
                () -> lectures.answer(id, answer.getValue(), note.getValue()), "lecture.rsvp.saved"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("lecture-rsvp-save");
        note.setWidthFull();
        section.add(answer, note, new Div(save));
        return section;
    }

    private Component checkIn() {
        var section = new Section(new H3(getTranslation("lecture.checkin.title")));
        section.addClassName("lecture-checkin");
        if (detail.attended()) {
            section.add(new Paragraph(getTranslation("lecture.checkin.done")));
            return section;
        }
        var code = new TextField(getTranslation("lecture.checkin.code"));
        code.setMaxLength(12);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        var send = new Button(getTranslation("lecture.checkin.send"), click -> act(
                () -> attendance.checkIn(id, code.getValue()), "lecture.checkin.done"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("lecture-checkin-send");
        section.add(code, send);
        return section;
    }

    /** The session's surveys the reader has business with, as the survey service decides; nothing when none. */
    private java.util.Optional<Component> surveys() {
        List<Survey.Listed> listed;
        try {
            listed = surveys.ofSession(id);
        } catch (SurveyException refused) {
            return java.util.Optional.empty();
        }
        if (listed.isEmpty()) {
            return java.util.Optional.empty();
        }
        var section = new Section(new H3(getTranslation("lecture.surveys.title")));
        section.addClassName("lecture-surveys");
        for (Survey.Listed s : listed) {
            var line = new Div(new Span(s.title() + " "));
            line.addClassName("lecture-survey");
            switch (s.role()) {
                case TO_ANSWER -> {
                    var answer = new Anchor("surveys/" + s.id(), getTranslation("lecture.surveys.answer"));
                    answer.addClassName("lecture-survey-answer");
                    line.add(answer);
                }
                case ANSWERED -> {
                    var done = new Span(getTranslation("lecture.surveys.answered"));
                    done.addClassName("lecture-survey-answered");
                    line.add(done);
                }
                case MANAGE, TO_REVIEW -> {
                    var open = new Anchor("surveys/" + s.id(), getTranslation("lecture.surveys.open"));
                    open.addClassName("lecture-survey-open");
                    var results = new Anchor("surveys/" + s.id() + "/results",
                            getTranslation("lecture.surveys.results", s.responses(), s.attendees()));
                    results.addClassName("lecture-survey-results");
                    line.add(open, new Span(" "), results);
                }
            }
            section.add(line);
        }
        return java.util.Optional.of(section);
    }

    private Component organise(Lecture l) {
        var section = new Section(new H3(getTranslation("lecture.organise.title")));
        section.addClassName("lecture-organise");
        var formHolder = new Div();
        var buttons = new Div();
        buttons.addClassName("lecture-organise-buttons");
        if (l.invitationMailId() != null) {
            section.add(new Div(new Span(getTranslation("lecture.invitation.drafted") + " "),
                    new Anchor("mail/compose/" + l.invitationMailId(), getTranslation("lecture.invitation.open"))));
        }
        if (detail.actions().contains(Action.DRAFT_INVITATION)) {
            var draft = new Button(getTranslation("lecture.invitation.draft"), click -> {
                try {
                    long mailId = lectures.draftInvitation(id);
                    detail = lectures.lecture(id);
                    build();
                    notice(getTranslation("lecture.invitation.submitted", mailId));
                } catch (LectureException refused) {
                    refuse(refused);
                }
            });
            draft.addThemeVariants(ButtonVariant.PRIMARY);
            draft.addClassName("lecture-invitation-draft");
            buttons.add(draft);
        }
        if (detail.lateJoiners() > 0) {
            var late = new Paragraph(getTranslation("lecture.followup.late", detail.lateJoiners()));
            late.addClassName("lecture-late-joiners");
            section.add(late);
        }
        if (detail.actions().contains(Action.DRAFT_FOLLOWUP)) {
            var followup = new Button(getTranslation("lecture.followup.draft"), click -> {
                try {
                    long mailId = lectures.draftFollowup(id);
                    detail = lectures.lecture(id);
                    build();
                    notice(getTranslation("lecture.invitation.submitted", mailId));
                } catch (LectureException refused) {
                    refuse(refused);
                }
            });
            followup.addClassName("lecture-followup-draft");
            buttons.add(followup);
        }
        var edit = new Button(getTranslation("lecture.edit"), click -> {
            formHolder.removeAll();
            var form = new LectureForm[1];
            form[0] = new LectureForm(getTranslation("lecture.edit"), List.of(), lectures.materialChoices(),
                    l, d -> {
                        try {
                            lectures.update(id, d);
                            detail = lectures.lecture(id);
                            build();
                            notice(getTranslation("lecture.saved"));
                        } catch (LectureException refused) {
                            form[0].refuse(getTranslation(refused.messageKey(), refused.args()));
                        }
                    }, formHolder::removeAll);
            formHolder.add(form[0]);
        });
        var code = new Button(getTranslation("lecture.checkin.new-code"), click -> {
            try {
                String shown = attendance.newCheckinCode(id);
                var big = new Paragraph(shown);
                big.addClassName("lecture-checkin-code");
                formHolder.removeAll();
                formHolder.add(new Paragraph(getTranslation("lecture.checkin.show-code")), big);
            } catch (LectureException refused) {
                refuse(refused);
            }
        });
        code.addClassName("lecture-new-code");
        var cancel = new Button(getTranslation("lecture.cancel"), click -> {
            formHolder.removeAll();
            var reason = new TextArea(getTranslation("lecture.cancel.reason"));
            reason.setMaxLength(500);
            reason.setRequired(true);
            reason.setHelperText(getTranslation("lecture.cancel.reason.help"));
            reason.setWidthFull();
            var confirm = new Button(getTranslation("lecture.cancel.confirm"), confirmed -> act(
                    () -> lectures.cancel(id, reason.getValue()), "lecture.cancelled"));
            confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
            confirm.addClassName("lecture-cancel-confirm");
            formHolder.add(reason, confirm);
        });
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.addClassName("lecture-cancel");
        buttons.add(edit, code, cancel);
        section.add(buttons, formHolder);
        return section;
    }

    private Component roster() {
        var section = new Section(new H3(getTranslation("lecture.roster.title")));
        section.addClassName("lecture-roster");
        boolean organiser = detail.actions().contains(Action.ORGANISE);
        var grid = new Grid<RosterEntry>();
        var name = grid.addColumn(RosterEntry::penName).setHeader(getTranslation("lecture.roster.pen-name"));
        grid.addColumn(r -> LectureLabels.answer(this, r.answer())).setHeader(getTranslation("lecture.rsvp.answer"));
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("lecture.rsvp.note"))
                .setFlexGrow(2);
        if (organiser) {
            grid.addComponentColumn(r -> {
                var box = new Checkbox(r.attended());
                box.setAriaLabel(getTranslation("lecture.roster.present-of", r.penName()));
                box.addClassName("lecture-tick");
                box.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        act(() -> attendance.tick(id, r.residentId(), change.getValue()), "lecture.roster.ticked");
                    }
                });
                return box;
            }).setHeader(getTranslation("lecture.roster.attended")).setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(r -> r.attended() ? getTranslation("lecture.roster.present") : "")
                    .setHeader(getTranslation("lecture.roster.attended"));
        }
        GridRows.show(grid, detail.roster());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        jp.akapen.shared.ui.GridOnPhones.first(grid, 600, name);
        section.add(grid);
        return section;
    }

    /** Runs a step; on success reloads the page's facts and confirms, on refusal says why, in place. */
    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            detail = lectures.lecture(id);
            build();
            notice(getTranslation(doneKey));
        } catch (LectureException refused) {
            refuse(refused);
        }
    }

    private void refuse(LectureException refused) {
        message.removeAll();
        message.add(new Span(getTranslation(refused.messageKey(), refused.args())));
        message.setClassName("upload-status upload-refusal lecture-message");
        message.setVisible(true);
    }

    private void notice(String text) {
        message.removeAll();
        message.add(new Span(text));
        message.setClassName("upload-status upload-notice lecture-message");
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("menu.lectures") : title;
    }
}
