package jp.akapen.privacy.oversight.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.akapen.privacy.oversight.report.ReportException;
import jp.akapen.privacy.oversight.report.ReportRequest;

/** What the list and the detail page say alike: a request's state badge and a refusal in place. */
final class ReportTexts {

    private ReportTexts() {
    }

    static Span state(Component on, ReportRequest r) {
        String key = r.answered() ? "oversight.report.state.answered"
                : r.overdue() ? "oversight.report.state.overdue" : "oversight.report.state.open";
        var badge = new Span(on.getTranslation(key));
        badge.addClassNames("status-badge", "oversight-report-state");
        if (r.overdue()) {
            badge.addClassName("oversight-overdue");
        }
        return badge;
    }

    static void refuse(Div message, ReportException refused) {
        message.removeAll();
        refused.messageKeys().forEach(key -> message.add(new Div(new Span(message.getTranslation(key)))));
        message.setClassName("upload-status upload-refusal oversight-refusal");
        message.setVisible(true);
    }
}
