package jp.akapen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.akapen.edition.Edition;
import jp.akapen.edition.EditionService;
import jp.akapen.lecture.LectureService;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptService;
import org.springframework.beans.factory.BeanFactory;

/**
 * Every route of the application as locations a browser can open, parameters filled with the ids
 * of real objects: each manuscript, each of its rounds, each edition, the newest lectures and surveys, the
 * correspondence threads with the latest activity. The services
 * are taken from the application's {@code beans}. Call it signed in as ward
 * staff (who see everything). A route with a parameter this class does not know fails, so a new
 * route cannot slip past the tests that walk them all.
 */
public final class RouteLocations {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)(\\([^)]*\\))?");

    /** Lectures and surveys filled into their routes (issue 13): the newest ones, which other tests have left in all states. */
    private static final int NEWEST = 3;

    private RouteLocations() {
    }

    public static List<String> all(BeanFactory beans) {
        return of(beans, manuscript -> true, edition -> true);
    }

    /** The same, but only for the manuscripts and editions chosen (a browser opens each page in about a second). */
    public static List<String> of(BeanFactory beans, Predicate<Manuscript> manuscriptChosen,
            Predicate<Edition> editionChosen) {
        var manuscripts = beans.getBean(ManuscriptService.class);
        var corrections = beans.getBean(CorrectionService.class);
        var editions = beans.getBean(EditionService.class);
        var surveys = beans.getBean(SurveyService.class);
        var lectures = beans.getBean(LectureService.class);
        var locations = new ArrayList<String>();
        for (String template : AccessMatrixTest.routes().keySet()) {
            if (template.equals("login")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            if (names.isEmpty()) {
                locations.add(template);
            } else if (names.equals(List.of("manuscriptId"))) {
                for (Manuscript manuscript : manuscripts.visible().stream().filter(manuscriptChosen).toList()) {
                    locations.add(fill(template, "manuscriptId", manuscript.id()));
                }
            } else if (names.equals(List.of("manuscriptId", "round"))) {
                for (Manuscript manuscript : manuscripts.visible().stream().filter(manuscriptChosen).toList()) {
                    for (var round : corrections.rounds(manuscript.id())) {
                        locations.add(fill(fill(template, "manuscriptId", manuscript.id()), "round", round.number()));
                    }
                }
            } else if (names.equals(List.of("editionId"))) {
                for (var edition : editions.editions().stream().filter(editionChosen).toList()) {
                    locations.add(fill(template, "editionId", edition.id()));
                }
            } else if (names.equals(List.of("surveyId"))) {
                // the newest few: every page of a survey shows the same kind of thing, whichever survey it is
                for (var survey : surveys.list().stream().limit(NEWEST).toList()) {
                    locations.add(fill(template, "surveyId", survey.id()));
                }
            } else if (names.equals(List.of("lectureId"))) {
                // the newest few, as for surveys: test classes add lectures, and each page shows the same kind of thing
                for (var lecture : lectures.lectures().stream().sorted(java.util.Comparator.comparingLong(
                        (jp.akapen.lecture.Lecture l) -> l.id()).reversed()).limit(NEWEST).toList()) {
                    locations.add(fill(template, "lectureId", lecture.id()));
                }
            } else if (names.equals(List.of("thread"))) {
                // the threads with the latest activity: each thread page shows the same kind of thing
                for (var thread : beans.getBean(jp.akapen.mail.MailThreads.class).threads().stream().limit(NEWEST)
                        .toList()) {
                    locations.add(template.replaceFirst(":thread(\\([^)]*\\))?", thread.info().key().text()));
                }
            } else if (names.equals(List.of("incidentId"))) {
                // issue 15: the newest few incidents, report requests and audits, as for surveys
                beans.getBean(jp.akapen.privacy.oversight.incident.IncidentService.class).incidents().stream()
                        .sorted(java.util.Comparator.comparingLong(
                                (jp.akapen.privacy.oversight.incident.Incident i) -> i.id()).reversed())
                        .limit(NEWEST).forEach(i -> locations.add(fill(template, "incidentId", i.id())));
            } else if (names.equals(List.of("reportId"))) {
                beans.getBean(jp.akapen.privacy.oversight.report.ReportService.class).requests().stream()
                        .sorted(java.util.Comparator.comparingLong(
                                (jp.akapen.privacy.oversight.report.ReportRequest r) -> r.id()).reversed())
                        .limit(NEWEST).forEach(r -> locations.add(fill(template, "reportId", r.id())));
            } else if (names.equals(List.of("auditId"))) {
                beans.getBean(jp.akapen.privacy.oversight.inspection.InspectionService.class).audits().stream()
                        .sorted(java.util.Comparator.comparingLong(
                                (jp.akapen.privacy.oversight.inspection.AuditRecord a) -> a.id()).reversed())
                        .limit(NEWEST).forEach(a -> locations.add(fill(template, "auditId", a.id())));
            } else {
                throw new IllegalStateException("RouteLocations does not know the parameters of /" + template);
            }
        }
        return locations;
    }

    /**
     * Every route, each filled with at most {@code perRoute} of the objects it can show: for checks that hold for a route
     * whatever it shows (headers, policies), where opening all of them would only repeat the same answer.
     */
    public static List<String> sampled(BeanFactory beans, int perRoute) {
        var chosen = new ArrayList<String>();
        var perTemplate = new java.util.HashMap<String, Integer>();
        for (String location : all(beans)) {
            String route = location.replaceAll("\\d+", "#");
            if (perTemplate.merge(route, 1, Integer::sum) <= perRoute) {
                chosen.add(location);
            }
        }
        return chosen;
    }

    private static String fill(String template, String name, long value) {
        return template.replaceFirst(":" + name + "(\\([^)]*\\))?", Long.toString(value));
    }
}
