package jp.akapen.privacy.purpose.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import jp.akapen.privacy.purpose.PurposeNoticeService;

/** The current purpose notice (seed P6): what is collected, why, who sees it, when it is erased. */
public class PurposeNoticeText extends Section {

    static final String[] PARTS = {"what", "why", "who", "erasure", "rights"};

    public PurposeNoticeText() {
        addClassName("purpose-notice");
        add(new H3(getTranslation(key("title"))));
        var version = new Paragraph(getTranslation("purpose.version", PurposeNoticeService.CURRENT_VERSION));
        version.addClassName("purpose-version");
        add(version);
        for (String part : PARTS) {
            var block = new Div();
            block.addClassName("purpose-part");
            var heading = new Paragraph(getTranslation("purpose.heading." + part));
            heading.addClassName("purpose-heading");
            block.add(heading, new Paragraph(getTranslation(key(part))));
            add(block);
        }
    }

    /** The notice's own text goes with its version: new wording, new version, new keys. */
    static String key(String part) {
        return "purpose.v%s.%s".formatted(PurposeNoticeService.CURRENT_VERSION, part);
    }
}
