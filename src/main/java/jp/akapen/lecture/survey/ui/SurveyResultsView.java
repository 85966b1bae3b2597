package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import jp.akapen.lecture.survey.QuestionKind;
import jp.akapen.lecture.survey.SmallGroups;
import jp.akapen.lecture.survey.Survey;
import jp.akapen.lecture.survey.SurveyCsv;
import jp.akapen.lecture.survey.SurveyResults;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.shared.Roles;

/**
 * Results (issue 13 item 9): per question how many answered and a bar per option (or per point of the scale) drawn
 * with CSS widths; each bar says its count and percentage in text and to screen readers, so nothing depends on
 * colour. Free texts are listed. In an anonymous survey a question fewer than three answered is withheld, and the
 * page says so. CSV of the aggregates for everyone here; of a named survey's answers for handlers (audited).
 */
@Route("surveys/:surveyId([0-9]{1,18})/results")
@RolesAllowed({Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_MANAGER, Roles.WARD_STAFF})
class SurveyResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    SurveyResults results;
    private long id;

    SurveyResultsView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("survey-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = SurveyLinks.id(event);
        removeAll();
        var loaded = SurveyLinks.load(event, this, () -> surveys.results(id));
        if (loaded.isEmpty()) {
            return;
        }
        results = loaded.get();
        build();
    }

    private void build() {
        Survey survey = results.survey();
        add(new H2(getTranslation("survey.results.title", survey.title())));
        add(new Paragraph(getTranslation("survey.results.count", results.responses(), survey.attendees(),
                getTranslation(survey.anonymous() ? "survey.anonymous" : "survey.named"))));
        if (survey.anonymous()) {
            add(new Paragraph(getTranslation("survey.results.small-groups", SmallGroups.MINIMUM)));
        }
        var downloads = new HorizontalLayout();
        downloads.setWrap(true);
        var aggregates = download(this::aggregatesCsv, "akapen-survey-" + id + ".csv", "survey.results.csv");
        aggregates.setId("survey-csv");
        downloads.add(aggregates);
        if (survey.actions().contains(Survey.Action.EXPORT_ANSWERS)) {
            var answers = download(() -> surveys.answersCsv(id, getTranslation("survey.csv.pen-name"),
                    getTranslation("survey.csv.day"), " / "), "akapen-survey-" + id + "-answers.csv",
                    "survey.results.answers-csv");
            answers.setId("survey-answers-csv");
            downloads.add(answers);
        }
        downloads.add(new RouterLink(getTranslation("survey.back"), SurveyView.class, SurveyLinks.of(id)));
        add(downloads);
        for (SurveyResults.QuestionResult q : results.questions()) {
            add(question(q));
        }
    }

    private Div question(SurveyResults.QuestionResult q) {
        var box = new Div(new H3(q.number() + ". " + q.question().text()));
        box.addClassName("survey-result");
        box.add(new Paragraph(getTranslation("survey.results.answered", q.answered())));
        if (q.withheld()) {
            var withheld = new Paragraph(getTranslation("survey.results.withheld", SmallGroups.MINIMUM));
            withheld.addClassName("survey-withheld");
            box.add(withheld);
            return box;
        }
        if (q.question().kind() == QuestionKind.TEXT) {
            var list = new UnorderedList();
            list.addClassName("survey-texts");
            q.texts().forEach(t -> list.add(new ListItem(t)));
            box.add(list);
            return box;
        }
        var chart = new Div();
        chart.addClassName("survey-chart");
        chart.getElement().setAttribute("role", "list");
        if (q.question().kind() == QuestionKind.SCALE) {
            box.add(new Paragraph(getTranslation("survey.scale-help")));
        }
        for (SurveyResults.Bar bar : q.bars()) {
            String figures = getTranslation("survey.results.bar", bar.count(), bar.percent());
            var label = new Span(bar.label());
            label.addClassName("survey-bar-label");
            var fill = new Div();
            fill.addClassName("survey-bar-fill");
            fill.getStyle().set("width", bar.percent() + "%");
            var track = new Div(fill);
            track.addClassName("survey-bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            var value = new Span(figures);
            value.addClassName("survey-bar-value");
            var row = new Div(label, track, value);
            row.addClassName("survey-bar");
            row.getElement().setAttribute("role", "listitem");
            row.getElement().setAttribute("aria-label", bar.label() + ": " + figures);
            chart.add(row);
        }
        box.add(chart);
        return box;
    }

    byte[] aggregatesCsv() {
        return SurveyCsv.aggregates(results, new SurveyCsv.Words(getTranslation("survey.csv.number"),
                getTranslation("survey.csv.question"), getTranslation("survey.csv.choice"),
                getTranslation("survey.csv.count"), getTranslation("survey.csv.percent"),
                getTranslation("survey.csv.answered"), getTranslation("survey.csv.withheld"),
                getTranslation("survey.csv.free-text")));
    }

    private Anchor download(Supplier<byte[]> bytes, String name, String label) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[][] holder = new byte[1][];
            event.getUI().accessSynchronously(() -> holder[0] = bytes.get());
            return new DownloadResponse(new ByteArrayInputStream(holder[0]), name, "text/csv; charset=UTF-8",
                    holder[0].length);
        }), getTranslation(label));
        anchor.addClassName("csv-export");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.results.page-title");
    }
}
