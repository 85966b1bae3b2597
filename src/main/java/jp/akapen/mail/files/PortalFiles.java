package jp.akapen.mail.files;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.akapen.mail.MailSettings;
import jp.akapen.mail.files.FileRepository.FileRow;
import jp.akapen.mail.files.FileRepository.Readers;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.privacy.vault.SealedFiles;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.files.EncryptedZip;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files in the portal instead of mailed attachments (issue 12 item 5; seed E3, P1, P4): upload, list, link, revoke,
 * download, and the AES-256 zip the ward may insist on. Every method asks who is signed in; a refusal of a file the
 * reader may not see is logged with the file's SHA-256, as each download is.
 */
@Service
public class PortalFiles {

    /**
     * The portal's one upload limit: {@code UploadLimitFilter} refuses any upload request larger than this (plus its
     * multipart envelope) before it is read, so a file cannot be larger here either.
     */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final Duration MAX_LINK_LIFETIME = Duration.ofDays(90);
    private static final int MAX_NAME = 255;
    /** How the audit log names a link that does not exist: by a prefix of its token's SHA-256. */
    static final String LINK_OBJECT_TYPE = "file_link";

    private final FileRepository files;
    private final SealedFiles sealed;
    private final HandlerRegister handlers;
    private final MailSettings mail;
    private final Clock clock;
    private final Duration defaultLifetime;
    private final AuditTrail audit;

    PortalFiles(FileRepository files, SealedFiles sealed, HandlerRegister handlers, MailSettings mail, Clock clock,
            @Value("${akapen.files.link-lifetime:P14D}") Duration defaultLifetime, AuditTrail audit) {
        this.audit = audit;
        this.files = files;
        this.sealed = sealed;
        this.handlers = handlers;
        this.mail = mail;
        this.clock = clock;
        this.defaultLifetime = defaultLifetime;
    }

    /** How long a new link works unless its maker says otherwise ({@code akapen.files.link-lifetime}). */
    public Duration defaultLinkLifetime() {
        return defaultLifetime;
    }

    /** Whether the signed-in person may add files (the contractor and the ward; residents receive them). */
    public boolean mayUpload() {
        return SignedIn.user().map(u -> FileAccess.mayUpload(new FileAccess.Reader(u.id(), u.role()))).orElse(false);
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional
    public PortalFile upload(String name, String mediaType, byte[] content, Set<Long> readerAccounts,
            Set<String> readerRoles) {
        var me = reader();
        if (!FileAccess.mayUpload(me)) {
            throw new FileRefused(FileRefused.Reason.NOT_ALLOWED);
        }
        if (content == null || content.length == 0) {
            throw new FileRefused(FileRefused.Reason.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new FileRefused(FileRefused.Reason.TOO_LARGE);
        }
        var roles = Set.copyOf(readerRoles.stream().filter(Roles.ALL::contains).toList());
        return store(DownloadHeaders.safeName(shorten(name)), mediaType, content, null, null,
                new Readers(Set.copyOf(readerAccounts), roles), me);
    }

    /** The files the signed-in person may read, newest first: every file for ward staff. */
    @Transactional(readOnly = true)
    public List<PortalFile> visible() {
        var me = reader();
        var rows = files.visibleTo(me.accountId(), me.role(), Roles.WARD_STAFF.equals(me.role()));
        var readers = rows.isEmpty() ? java.util.Map.<Long, Readers>of()
                : files.readers(rows.stream().map(FileRow::id).toList());
        return rows.stream().map(r -> view(r, readers.getOrDefault(r.id(), Readers.NONE), me)).toList();
    }

    /** A file's links, for those who may read it. */
    @Transactional(readOnly = true)
    public List<FileLink> links(long fileId) {
        readable(fileId, reader());
        return files.links(fileId);
    }

    /** A new link to a file the signed-in person may read; {@code lifetime} null for the default. */
    @Transactional
    public NewLink createLink(long fileId, Duration lifetime) {
        var me = reader();
        readable(fileId, me);
        Duration life = lifetime == null ? defaultLifetime : lifetime;
        if (life.isNegative() || life.isZero() || life.compareTo(MAX_LINK_LIFETIME) > 0) {
            throw new IllegalArgumentException("A link works for a day to " + MAX_LINK_LIFETIME.toDays() + " days");
        }
        String token = LinkTokens.newToken();
        // the database keeps microseconds: the expiry shown when the link is made is the one that is stored
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var expires = now.plus(life);
        long id = files.insertLink(fileId, LinkTokens.hash(token), me.accountId(), now, expires);
        return new NewLink(id, downloadUrl(token), expires);
    }

    /** The absolute address of a download, from the portal's address ({@code akapen.mail.portal-url}). */
    String downloadUrl(String token) {
        return mail.portalUrl() + FileDownloadController.PATH + token;
    }

    /** Revokes a link at once; by its file's uploader, its maker, the manager, an active handler or ward staff. */
    @Transactional
    public void revoke(long linkId) {
        var me = reader();
        var row = files.link(linkId).orElseThrow(() -> new FileRefused(FileRefused.Reason.NOT_FOUND));
        boolean activeHandler = Roles.CONTRACTOR_HANDLER.equals(me.role()) && handlers.isActive(me.accountId());
        if (!mayRead(row.file(), me)
                || !FileAccess.mayRevoke(me, row.file().uploadedBy(), row.link().createdBy(), activeHandler)) {
            refuse(row.file());
        }
        files.revoke(linkId, me.accountId(), clock.instant());
    }

    /**
     * What a link gives the signed-in person: the file (and one FILE_DOWNLOADED entry with its SHA-256), or why
     * not. A refusal for a known file is logged as a denied access with the file's SHA-256 (P4).
     */
    @Transactional
    public Download download(String token) {
        var found = LinkTokens.wellFormed(token) ? files.linkByTokenHash(LinkTokens.hash(token))
                : Optional.<FileRepository.LinkRow>empty();
        if (found.isEmpty()) {
            // someone holds a link that never existed (mistyped, cut short, or guessed): logged, the token not kept
            String tokenId = token == null ? "none"
                    : LinkTokens.sha256Hex(token.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            audit.recordDenied(AuditEntry.of(AuditAction.FILE_LINK_REFUSED, LINK_OBJECT_TYPE, tokenId,
                    List.of("unknown")));
            return new Download.Refused(Download.Refusal.UNKNOWN);
        }
        var file = found.get().file();
        var state = found.get().link().state(clock.instant());
        if (state != FileLink.State.ACTIVE) {
            audit.recordDenied(AuditEntry.of(AuditAction.FILE_LINK_REFUSED, SealedFiles.OBJECT_TYPE, file.sha256(),
                    List.of(state == FileLink.State.REVOKED ? "revoked" : "expired")));
            return new Download.Refused(state == FileLink.State.REVOKED ? Download.Refusal.REVOKED
                    : Download.Refusal.EXPIRED);
        }
        return deliver(file);
    }

    /** The file itself for a reader in the portal (the list's download), checked and logged as through a link. */
    @Transactional
    public Download open(long fileId) {
        return files.file(fileId).map(this::deliver).orElseGet(() -> new Download.Refused(Download.Refusal.UNKNOWN));
    }

    private Download deliver(FileRow file) {
        if (!mayRead(file, reader())) {
            sealed.refused(file.sha256());
            return new Download.Refused(Download.Refusal.NOT_ALLOWED);
        }
        var content = files.sealedContent(file.id()).flatMap(bytes -> sealed.openForDownload(file.id(), file.sha256(), bytes));
        return content.<Download>map(bytes -> new Download.Granted(file.name(), file.mediaType(), bytes, file.sha256()))
                .orElseGet(() -> new Download.Refused(Download.Refusal.ERASED));
    }

    /**
     * An AES-256 zip of a file, for the ward that insists on a file (E3): a new file with the same readers, whose
     * password only the portal shows ({@link #zipPassword}). Not for residents, and not a zip of a zip.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional
    public PortalFile encryptedZip(long fileId) {
        var me = reader();
        var file = readable(fileId, me);
        if (file.encryptedZip()) {
            throw new FileRefused(FileRefused.Reason.ALREADY_ZIPPED);
        }
        byte[] content = files.sealedContent(fileId).flatMap(bytes -> sealed.openForDownload(fileId, file.sha256(), bytes))
                .orElseThrow(() -> new FileRefused(FileRefused.Reason.NOT_FOUND));
        var zipped = EncryptedZip.zip(DownloadHeaders.safeName(file.name()), content);
        return store(shorten(file.name() + ".zip"), "application/zip", zipped.bytes(), zipped.password(), fileId,
                files.readers(fileId), me);
    }

    /**
     * The password of an encrypted zip, for those who may read it, in the portal only (never mailed); each showing
     * is logged (FILE_ZIP_PASSWORD_VIEWED with the zip's SHA-256), since the password opens the file outside the
     * portal's checks.
     */
    @Transactional
    public String zipPassword(long fileId) {
        var file = readable(fileId, reader());
        if (!file.encryptedZip()) {
            throw new FileRefused(FileRefused.Reason.NOT_FOUND);
        }
        String password = files.sealedZipPassword(fileId)
                .flatMap(bytes -> sealed.openSecret(fileId, SealedFiles.ZIP_PASSWORD, bytes))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new FileRefused(FileRefused.Reason.NOT_FOUND));
        audit.record(AuditEntry.of(AuditAction.FILE_ZIP_PASSWORD_VIEWED, SealedFiles.OBJECT_TYPE, file.sha256(),
                List.of("zip_password")));
        return password;
    }

    private PortalFile store(String name, String mediaType, byte[] content, String zipPassword, Long sourceFileId,
            Readers readers, FileAccess.Reader me) {
        String sha256 = LinkTokens.sha256Hex(content);
        String type = mediaType == null || mediaType.isBlank() || mediaType.length() > 127
                ? "application/octet-stream" : mediaType;
        var now = clock.instant();
        long id = files.insertFile(name, type, content.length, sha256, sourceFileId, me.accountId(), now);
        files.storeContent(id, sealed.seal(id, SealedFiles.CONTENT, content), zipPassword == null ? null
                : sealed.seal(id, SealedFiles.ZIP_PASSWORD, zipPassword.getBytes(StandardCharsets.UTF_8)));
        files.insertReaders(id, readers);
        return view(files.file(id).orElseThrow(), readers, me);
    }

    private FileRow readable(long fileId, FileAccess.Reader me) {
        var file = files.file(fileId).orElseThrow(() -> new FileRefused(FileRefused.Reason.NOT_FOUND));
        if (!mayRead(file, me)) {
            refuse(file);
        }
        return file;
    }

    private void refuse(FileRow file) {
        sealed.refused(file.sha256());
        throw new FileRefused(FileRefused.Reason.NOT_ALLOWED);
    }

    private boolean mayRead(FileRow file, FileAccess.Reader me) {
        var readers = files.readers(file.id());
        return FileAccess.mayRead(me, file.uploadedBy(), readers.accounts(), readers.roles());
    }

    private PortalFile view(FileRow r, Readers readers, FileAccess.Reader me) {
        boolean manage = !Roles.RESIDENT.equals(me.role());
        return new PortalFile(r.id(), r.name(), r.mediaType(), r.sizeBytes(), r.sha256(), r.uploadedBy(),
                r.uploadedAt(), r.sourceFileId(), r.encryptedZip(), readers.accounts(), readers.roles(), manage);
    }

    private static FileAccess.Reader reader() {
        PortalUser user = SignedIn.require();
        return new FileAccess.Reader(user.id(), user.role());
    }

    private static String shorten(String name) {
        String n = name == null ? "" : name;
        return n.length() <= MAX_NAME ? n : n.substring(n.length() - MAX_NAME);
    }
}
