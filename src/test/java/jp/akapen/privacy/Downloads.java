package jp.akapen.privacy;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Every download a page offers, fetched in-process the way the browser's click would (issue 14 item 7; P8, P10):
 * each anchor whose link is one of the session's stream resources is run through its handler, and what it writes is
 * read as text — PDFs by PDFBox's text extraction, zips entry by entry (an encrypted zip cannot be read and says so),
 * everything else as UTF-8 and as Shift_JIS.
 */
final class Downloads {

    /** One download: where it was offered, its file name, and its contents as the texts a person could read. */
    record Download(String location, String fileName, String contentType, List<String> texts) {
    }

    private Downloads() {
    }

    static List<Download> offeredOn(UI ui, String location) {
        var found = new ArrayList<Download>();
        collect(ui, ui, location, found);
        return found;
    }

    private static void collect(Component component, UI ui, String location, List<Download> found) {
        if (component instanceof Anchor anchor) {
            String href = anchor.getElement().getAttribute("href");
            if (href != null && !href.isBlank()) {
                resource(ui.getSession(), href)
                        .ifPresent(handler -> found.add(fetch(handler, anchor.getElement(), ui, location)));
            }
        }
        component.getChildren().forEach(child -> collect(child, ui, location, found));
    }

    private static java.util.Optional<DownloadHandler> resource(VaadinSession session, String href) {
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException notAUri) {
            return java.util.Optional.empty();
        }
        return session.getResourceRegistry().getResource(uri)
                .filter(StreamResourceRegistry.ElementStreamResource.class::isInstance)
                .map(r -> ((StreamResourceRegistry.ElementStreamResource) r).getElementRequestHandler())
                .filter(DownloadHandler.class::isInstance)
                .map(DownloadHandler.class::cast);
    }

    private static Download fetch(DownloadHandler handler, Element owner, UI ui, String location) {
        var bytes = new ByteArrayOutputStream();
        Map<String, String> headers = new HashMap<>();
        VaadinRequest request = mock(VaadinRequest.class);
        VaadinResponse response = mock(VaadinResponse.class);
        try {
            when(response.getOutputStream()).thenReturn(bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());
        var event = new DownloadEvent(request, response, ui.getSession(), owner);
        try {
            handler.handleDownloadRequest(event);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        String disposition = headers.getOrDefault("Content-Disposition", "");
        String name = disposition.replaceAll(".*filename\\*?=(UTF-8'')?\"?([^\";]*)\"?.*", "$2");
        String type = headers.getOrDefault("Content-Type", "");
        return new Download(location, name, type, read(bytes.toByteArray()));
    }

    static List<String> read(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (var pdf = Loader.loadPDF(bytes)) {
                return List.of(new PDFTextStripper().getText(pdf));
            } catch (IOException unreadable) {
                return List.of("unreadable PDF: " + unreadable.getMessage());
            }
        }
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            var texts = new ArrayList<String>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    texts.add(entry.getName());
                    texts.addAll(read(zip.readAllBytes()));
                }
            } catch (IOException | IllegalArgumentException encrypted) {
                texts.add("zip not readable without its password: " + encrypted.getMessage());
            }
            return texts;
        }
        return List.of(new String(bytes, StandardCharsets.UTF_8), new String(bytes, Charset.forName("Shift_JIS")));
    }
}
