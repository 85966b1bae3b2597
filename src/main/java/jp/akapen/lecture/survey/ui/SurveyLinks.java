package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.function.Supplier;
import jp.akapen.lecture.survey.SurveyException;

/** The survey pages' addresses, and how each of them loads its survey. */
final class SurveyLinks {

    static final String PARAMETER = "surveyId";

    private SurveyLinks() {
    }

    static RouteParameters of(long id) {
        return new RouteParameters(PARAMETER, String.valueOf(id));
    }

    /**
     * What a survey page shows, loaded through the service: a survey that does not exist is a 404 (the address says
     * nothing more), any other refusal is said in place on {@code page}; empty then.
     */
    static <T, P extends Component & HasComponents> Optional<T> load(BeforeEnterEvent event, P page,
            Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (SurveyException refused) {
            if ("survey.refused.no-such-survey".equals(refused.messageKey())) {
                event.rerouteToError(NotFoundException.class);
            } else {
                page.removeAll();
                page.add(new Paragraph(page.getTranslation(refused.messageKey())));
            }
            return Optional.empty();
        }
    }

    static long id(BeforeEnterEvent event) {
        return Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
    }
}
