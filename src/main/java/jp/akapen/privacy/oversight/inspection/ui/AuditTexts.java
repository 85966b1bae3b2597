package jp.akapen.privacy.oversight.inspection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.akapen.privacy.oversight.inspection.InspectionException;

/** A refusal shown in place, each reason a sentence. */
final class AuditTexts {

    private AuditTexts() {
    }

    static void refuse(Div message, InspectionException refused) {
        message.removeAll();
        refused.messageKeys().forEach(key -> message.add(new Div(new Span(message.getTranslation(key)))));
        message.setClassName("upload-status upload-refusal oversight-refusal");
        message.setVisible(true);
    }

    /** The i18n key of an evidence route's link text: "mail/outbox" → oversight.evidence.mail-outbox. */
    static String evidenceKey(String route) {
        return "oversight.evidence." + route.replace('/', '-');
    }
}
