package jp.akapen.mail.files;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * What a mail or a lecture puts in its text instead of an attachment (issue 12 item 5, E3): an absolute download
 * link, made for the signed-in person, who must be allowed to read the file. The link asks its reader to sign in and
 * checks their right to the file at every download, so it may travel by mail.
 */
@Component
public class FileLinks {

    private final PortalFiles files;

    FileLinks(PortalFiles files) {
        this.files = files;
    }

    /** A link that works for the default lifetime ({@code akapen.files.link-lifetime}, 14 days). */
    public String linkFor(long fileId) {
        return files.createLink(fileId, null).url();
    }

    public NewLink linkFor(long fileId, Duration lifetime) {
        return files.createLink(fileId, lifetime);
    }
}
