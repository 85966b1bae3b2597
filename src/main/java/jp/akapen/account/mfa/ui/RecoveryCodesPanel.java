package jp.akapen.account.mfa.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Recovery codes, shown once: the list, a reminder to keep them somewhere else than the phone,
 * and a text file to download. They are not kept anywhere but in this page's state.
 */
class RecoveryCodesPanel extends Div {

    final UnorderedList codes = new UnorderedList();
    final Anchor download;

    RecoveryCodesPanel(List<String> recoveryCodes) {
        addClassName("mfa-recovery");
        codes.addClassName("mfa-recovery-codes");
        recoveryCodes.forEach(code -> codes.add(new ListItem(code)));
        String text = String.join("\n", recoveryCodes) + "\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), "akapen-recovery-codes.txt", "text/plain; charset=UTF-8", file.length)),
                AttachmentType.DOWNLOAD, getTranslation("mfa.recovery.download"));
        add(new Paragraph(getTranslation("mfa.recovery.intro", recoveryCodes.size())), codes,
                new Paragraph(getTranslation("mfa.recovery.keep")), download);
    }
}
