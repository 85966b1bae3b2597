package jp.akapen.privacy.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.BiConsumer;
import jp.akapen.privacy.erasure.certificate.CertificateException;
import jp.akapen.privacy.erasure.certificate.ErasureCertificates;
import jp.akapen.privacy.erasure.certificate.VerificationTexts;
import jp.akapen.shared.JapaneseDates;

/**
 * Under an approved period: the erasure as it runs, then its certificate (D2): what each category erased, the
 * manifest's and the certificate's SHA-256, the PDF, and the ward's receipt. Ward staff acknowledge by entering the
 * certificate's hash as their copy shows it, so the receipt names the copy they checked.
 */
class ErasureSection extends Div {

    ErasureSection(ErasureCertificates.Certificate certificate, ErasureCertificates service,
            BiConsumer<Long, String> acknowledge) {
        addClassName("retention-erasure");
        long cohort = certificate.cohortId();
        setId("retention-" + cohort + "-erasure");
        add(new H4(getTranslation("erasure.certificate.title")));
        var state = new Span(getTranslation("erasure.state." + certificate.erasure().state().name()
                .toLowerCase(Locale.ROOT)));
        state.addClassName("status-badge");
        state.setId("retention-" + cohort + "-erasure-state");
        add(new Div(state));
        if (!certificate.done()) {
            return;
        }
        var counts = new UnorderedList();
        certificate.erasure().steps().forEach(step -> counts.add(new ListItem(getTranslation(
                "erasure.certificate.step", getTranslation("erasure.category." + step.category()),
                String.valueOf(step.erased())))));
        add(counts);
        var verification = new Div();
        verification.setId("retention-" + cohort + "-verification");
        verification.addClassName("retention-verification");
        VerificationTexts.lines(certificate.erasure().steps().size(), certificate.remaining(),
                certificate.verification(), (key, args) -> getTranslation(key, args),
                at -> JapaneseDates.dateTime(at, getLocale())).forEach(line -> verification.add(new Div(new Span(line))));
        add(verification);
        add(hash("erasure.certificate.manifest", certificate.erasure().manifestSha256()));
        var sha = hash("erasure.certificate.sha256", certificate.certificateSha256());
        sha.setId("retention-" + cohort + "-certificate-sha");
        add(sha);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[][] held = new byte[1][];
            event.getUI().accessSynchronously(() -> held[0] = service.pdf(cohort));
            return new DownloadResponse(new ByteArrayInputStream(held[0]), "erasure-certificate-"
                    + certificate.number() + ".pdf", "application/pdf", held[0].length);
        }), getTranslation("erasure.certificate.download", certificate.number()));
        download.setId("retention-" + cohort + "-certificate");
        add(new Div(download));
        if (certificate.acknowledgedBy() != null) {
            var receipt = new Span(getTranslation("erasure.certificate.acknowledged", certificate.acknowledgedBy(),
                    JapaneseDates.dateTime(certificate.acknowledgedAt(), getLocale())));
            receipt.setId("retention-" + cohort + "-receipt");
            add(new Div(receipt));
        } else if (certificate.mayAcknowledge()) {
            var checked = new TextField(getTranslation("erasure.certificate.checked-hash"));
            checked.setHelperText(getTranslation("erasure.certificate.checked-hash.help"));
            checked.setWidthFull();
            checked.setId("retention-" + cohort + "-checked-hash");
            var message = new Div();
            message.setVisible(false);
            message.getElement().setAttribute("role", "alert");
            var button = new Button(getTranslation("erasure.certificate.acknowledge"), click -> {
                try {
                    acknowledge.accept(cohort, checked.getValue());
                } catch (CertificateException refused) {
                    message.removeAll();
                    message.add(new Span(getTranslation(refused.messageKey())));
                    message.setClassName("upload-status upload-refusal");
                    message.setVisible(true);
                }
            });
            button.addThemeVariants(ButtonVariant.PRIMARY);
            button.setId("retention-" + cohort + "-acknowledge");
            add(checked, message, button);
        } else {
            add(new Div(new Span(getTranslation("erasure.certificate.awaiting-receipt"))));
        }
    }

    private Div hash(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("retention-label");
        var text = new Span(value);
        text.addClassName("retention-hash");
        return new Div(label, text);
    }
}
