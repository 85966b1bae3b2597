package jp.akapen.mail.files;

import static jp.akapen.db.Tables.PORTAL_FILE;
import static jp.akapen.db.Tables.PORTAL_FILE_LINK;
import static jp.akapen.db.Tables.PORTAL_FILE_READER;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The portal's files, who may read them, and their download links (V018). */
@Repository
class FileRepository {

    /** A file's row without its content. */
    record FileRow(long id, String name, String mediaType, long sizeBytes, String sha256, long uploadedBy,
            Instant uploadedAt, Long sourceFileId, boolean encryptedZip) {
    }

    record Readers(Set<Long> accounts, Set<String> roles) {

        static final Readers NONE = new Readers(Set.of(), Set.of());
    }

    record LinkRow(FileLink link, FileRow file) {
    }

    private final DSLContext db;

    FileRepository(DSLContext db) {
        this.db = db;
    }

    long insertFile(String name, String mediaType, long size, String sha256, Long sourceFileId, long uploadedBy,
            Instant at) {
        return db.insertInto(PORTAL_FILE)
                .set(PORTAL_FILE.NAME, name)
                .set(PORTAL_FILE.MEDIA_TYPE, mediaType)
                .set(PORTAL_FILE.SIZE_BYTES, size)
                .set(PORTAL_FILE.SHA256, sha256)
                .set(PORTAL_FILE.SOURCE_FILE_ID, sourceFileId)
                .set(PORTAL_FILE.UPLOADED_BY, uploadedBy)
                .set(PORTAL_FILE.UPLOADED_AT, at)
                .returning(PORTAL_FILE.ID).fetchOne(PORTAL_FILE.ID);
    }

    void storeContent(long fileId, byte[] sealedContent, byte[] sealedZipPassword) {
        db.update(PORTAL_FILE).set(PORTAL_FILE.CONTENT, sealedContent)
                .set(PORTAL_FILE.ZIP_PASSWORD, sealedZipPassword)
                .where(PORTAL_FILE.ID.eq(fileId)).execute();
    }

    void insertReaders(long fileId, Readers readers) {
        for (long account : readers.accounts()) {
            db.insertInto(PORTAL_FILE_READER).set(PORTAL_FILE_READER.FILE_ID, fileId)
                    .set(PORTAL_FILE_READER.ACCOUNT_ID, account).execute();
        }
        for (String role : readers.roles()) {
            db.insertInto(PORTAL_FILE_READER).set(PORTAL_FILE_READER.FILE_ID, fileId)
                    .set(PORTAL_FILE_READER.ROLE, role).execute();
        }
    }

    Optional<FileRow> file(long fileId) {
        return db.select(fileFields()).from(PORTAL_FILE).where(PORTAL_FILE.ID.eq(fileId))
                .fetchOptional(FileRepository::fileRow);
    }

    Optional<byte[]> sealedContent(long fileId) {
        return db.select(PORTAL_FILE.CONTENT).from(PORTAL_FILE).where(PORTAL_FILE.ID.eq(fileId))
                .fetchOptional(PORTAL_FILE.CONTENT);
    }

    Optional<byte[]> sealedZipPassword(long fileId) {
        return db.select(PORTAL_FILE.ZIP_PASSWORD).from(PORTAL_FILE).where(PORTAL_FILE.ID.eq(fileId))
                .fetchOptional(PORTAL_FILE.ZIP_PASSWORD);
    }

    Readers readers(long fileId) {
        return readers(List.of(fileId)).getOrDefault(fileId, Readers.NONE);
    }

    Map<Long, Readers> readers(Collection<Long> fileIds) {
        return db.select(PORTAL_FILE_READER.FILE_ID, PORTAL_FILE_READER.ACCOUNT_ID, PORTAL_FILE_READER.ROLE)
                .from(PORTAL_FILE_READER).where(PORTAL_FILE_READER.FILE_ID.in(fileIds)).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.collectingAndThen(Collectors.toList(), rows -> {
                    Set<Long> accounts = new HashSet<>();
                    Set<String> roles = new HashSet<>();
                    rows.forEach(r -> {
                        if (r.value2() != null) {
                            accounts.add(r.value2());
                        }
                        if (r.value3() != null) {
                            roles.add(r.value3());
                        }
                    });
                    return new Readers(accounts, roles);
                })));
    }

    /** Every file (for ward staff), or those uploaded by, or shared with, the account or its role; newest first. */
    List<FileRow> visibleTo(long accountId, String role, boolean all) {
        var query = db.select(fileFields()).from(PORTAL_FILE);
        var shared = PORTAL_FILE.ID.in(db.select(PORTAL_FILE_READER.FILE_ID).from(PORTAL_FILE_READER)
                .where(PORTAL_FILE_READER.ACCOUNT_ID.eq(accountId).or(PORTAL_FILE_READER.ROLE.eq(role))));
        return (all ? query.where() : query.where(PORTAL_FILE.UPLOADED_BY.eq(accountId).or(shared)))
                .orderBy(PORTAL_FILE.UPLOADED_AT.desc(), PORTAL_FILE.ID.desc())
                .fetch(FileRepository::fileRow);
    }

    long insertLink(long fileId, byte[] tokenHash, long createdBy, Instant at, Instant expiresAt) {
        return db.insertInto(PORTAL_FILE_LINK)
                .set(PORTAL_FILE_LINK.FILE_ID, fileId)
                .set(PORTAL_FILE_LINK.TOKEN_HASH, tokenHash)
                .set(PORTAL_FILE_LINK.CREATED_BY, createdBy)
                .set(PORTAL_FILE_LINK.CREATED_AT, at)
                .set(PORTAL_FILE_LINK.EXPIRES_AT, expiresAt)
                .returning(PORTAL_FILE_LINK.ID).fetchOne(PORTAL_FILE_LINK.ID);
    }

    Optional<LinkRow> linkByTokenHash(byte[] tokenHash) {
        return db.select(linkFields()).select(fileFields()).from(PORTAL_FILE_LINK)
                .join(PORTAL_FILE).on(PORTAL_FILE.ID.eq(PORTAL_FILE_LINK.FILE_ID))
                .where(PORTAL_FILE_LINK.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> new LinkRow(link(r), fileRow(r)));
    }

    Optional<LinkRow> link(long linkId) {
        return db.select(linkFields()).select(fileFields()).from(PORTAL_FILE_LINK)
                .join(PORTAL_FILE).on(PORTAL_FILE.ID.eq(PORTAL_FILE_LINK.FILE_ID))
                .where(PORTAL_FILE_LINK.ID.eq(linkId))
                .fetchOptional(r -> new LinkRow(link(r), fileRow(r)));
    }

    List<FileLink> links(long fileId) {
        return db.select(linkFields()).from(PORTAL_FILE_LINK).where(PORTAL_FILE_LINK.FILE_ID.eq(fileId))
                .orderBy(PORTAL_FILE_LINK.CREATED_AT.desc(), PORTAL_FILE_LINK.ID.desc())
                .fetch(FileRepository::link);
    }

    /** True when this call revoked it (a second revocation changes nothing). */
    boolean revoke(long linkId, long by, Instant at) {
        return db.update(PORTAL_FILE_LINK).set(PORTAL_FILE_LINK.REVOKED_AT, at)
                .set(PORTAL_FILE_LINK.REVOKED_BY, by)
                .where(PORTAL_FILE_LINK.ID.eq(linkId)).and(PORTAL_FILE_LINK.REVOKED_AT.isNull()).execute() == 1;
    }

    /** For tests and the integrity of what is stored: the hashes kept for a file's links. */
    List<byte[]> tokenHashes(long fileId) {
        return db.select(PORTAL_FILE_LINK.TOKEN_HASH).from(PORTAL_FILE_LINK)
                .where(PORTAL_FILE_LINK.FILE_ID.eq(fileId)).fetch(PORTAL_FILE_LINK.TOKEN_HASH);
    }

    private static List<org.jooq.SelectField<?>> fileFields() {
        return List.of(PORTAL_FILE.ID, PORTAL_FILE.NAME, PORTAL_FILE.MEDIA_TYPE, PORTAL_FILE.SIZE_BYTES,
                PORTAL_FILE.SHA256, PORTAL_FILE.UPLOADED_BY, PORTAL_FILE.UPLOADED_AT, PORTAL_FILE.SOURCE_FILE_ID,
                PORTAL_FILE.ZIP_PASSWORD.isNotNull().as("encrypted_zip"));
    }

    private static List<org.jooq.SelectField<?>> linkFields() {
        return List.of(PORTAL_FILE_LINK.ID, PORTAL_FILE_LINK.FILE_ID, PORTAL_FILE_LINK.CREATED_BY,
                PORTAL_FILE_LINK.CREATED_AT, PORTAL_FILE_LINK.EXPIRES_AT, PORTAL_FILE_LINK.REVOKED_AT);
    }

    private static FileRow fileRow(Record r) {
        return new FileRow(r.get(PORTAL_FILE.ID), r.get(PORTAL_FILE.NAME), r.get(PORTAL_FILE.MEDIA_TYPE),
                r.get(PORTAL_FILE.SIZE_BYTES), r.get(PORTAL_FILE.SHA256), r.get(PORTAL_FILE.UPLOADED_BY),
                r.get(PORTAL_FILE.UPLOADED_AT), r.get(PORTAL_FILE.SOURCE_FILE_ID),
                Boolean.TRUE.equals(r.get("encrypted_zip", Boolean.class)));
    }

    private static FileLink link(Record r) {
        return new FileLink(r.get(PORTAL_FILE_LINK.ID), r.get(PORTAL_FILE_LINK.FILE_ID),
                r.get(PORTAL_FILE_LINK.CREATED_BY), r.get(PORTAL_FILE_LINK.CREATED_AT),
                r.get(PORTAL_FILE_LINK.EXPIRES_AT), r.get(PORTAL_FILE_LINK.REVOKED_AT));
    }
}
