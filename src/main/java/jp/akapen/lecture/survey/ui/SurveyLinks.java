package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.router.RouteParameters;

/** The survey pages' addresses. */
final class SurveyLinks {

    static final String PARAMETER = "surveyId";

    private SurveyLinks() {
    }

    static RouteParameters of(long id) {
        return new RouteParameters(PARAMETER, String.valueOf(id));
    }

    static long id(com.vaadin.flow.router.BeforeEnterEvent event) {
        return Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
    }
}
