package jp.akapen.mail.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * A download link (issue 12 item 5; E3, P4). A plain address, not a Vaadin page: it arrives by mail and must work in
 * any browser tab. The security configuration asks for sign-in first (and comes back here after it); the service
 * checks the reader's right to the file and logs the download. A link that leads nowhere gets a short page in
 * Japanese, then English: 404 when there is no such link, 410 when it expired, was revoked or the file was erased,
 * 403 when the file is not shared with the reader.
 */
@Controller
class FileDownloadController {

    static final String PATH = "/files/download/";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final PortalFiles files;

    FileDownloadController(PortalFiles files) {
        this.files = files;
    }

    @GetMapping(PATH + "{token}")
    void download(@PathVariable String token, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        switch (files.download(token)) {
            case Download.Granted granted -> {
                response.setContentType(mediaType(granted.mediaType()));
                response.setHeader("Content-Disposition", granted.contentDisposition());
                response.setContentLengthLong(granted.content().length);
                response.getOutputStream().write(granted.content());
            }
            case Download.Refused refused -> refusalPage(refused.refusal(), response);
        }
    }

    private static String mediaType(String stored) {
        try {
            var type = MediaType.parseMediaType(stored);
            return type.isConcrete() ? type.toString() : MediaType.APPLICATION_OCTET_STREAM_VALUE;
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
    }

    private static void refusalPage(Download.Refusal refusal, HttpServletResponse response) throws IOException {
        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/styles.css\">");
        var ja = bundle(Locale.JAPANESE);
        page.append("<title>").append(text(ja, "files.download.title")).append("</title></head><body class=\"file-refused\">");
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            var bundle = bundle(locale);
            page.append("<section lang=\"").append(locale.getLanguage()).append("\"><h1>")
                    .append(text(bundle, "files.download." + refusal.key())).append("</h1><p>")
                    .append(text(bundle, "files.download." + refusal.key() + ".detail")).append("</p><p><a href=\"/files\">")
                    .append(text(bundle, "files.download.to-files")).append("</a></p></section>");
        }
        page.append("</body></html>\n");
        response.setStatus(refusal.status());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", locale, NO_FALLBACK);
    }

    /** Our own sentences, escaped all the same. */
    private static String text(ResourceBundle bundle, String key) {
        return HtmlUtils.htmlEscape(bundle.getString(key));
    }
}
