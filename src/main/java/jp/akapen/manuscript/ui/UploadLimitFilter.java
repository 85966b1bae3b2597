package jp.akapen.manuscript.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.akapen.manuscript.text.DraftFileReader;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The upload's limits before anything reads the body. Uploads are POSTs to Vaadin's
 * {@code VAADIN/dynamic/resource/…} addresses, and Spring Security's first look at one (Vaadin's
 * check for a framework request reads a parameter) makes the container parse a multipart body
 * against its own limits, answering with its bare 413 page. So: a declared length beyond one file of
 * {@link DraftFileReader#MAX_BYTES} and its multipart envelope is refused at once, unread; a body
 * the container refuses while parsing (no length declared, too many parts) gets the same words.
 * Both in the language the browser asks for, as the page is not reached.
 */
final class UploadLimitFilter extends OncePerRequestFilter {

    static final long MAX_REQUEST_BYTES = DraftFileReader.MAX_BYTES + TextUpload.MULTIPART_ENVELOPE;

    private final I18NProvider i18n;

    UploadLimitFilter(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod())
                || !request.getRequestURI().contains("/VAADIN/dynamic/resource/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(request, response, UploadLimits.Breach.TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException failure) {
            UploadLimits.Breach breach = UploadLimits.breach(failure);
            if (breach == UploadLimits.Breach.FAILED || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            refuse(request, response, breach);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, UploadLimits.Breach breach)
            throws IOException {
        String message = i18n.getTranslation(breach.messageKey(), request.getLocale(),
                DraftFileReader.MAX_BYTES / (1024 * 1024));
        response.setStatus(breach.status());
        response.setHeader("Cache-Control", "no-store");
        // the rest of the body is not wanted: let the container close the connection rather than read it
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
