package jp.akapen.shared.db;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Backups of the embedded database (issue 20; P11, D1): one zip file holding a consistent
 * {@code mariadb-dump --single-transaction} of the schema and a manifest (time, schema version,
 * portal version, size and SHA-256 of the dump). Never the master key nor the database's passwords:
 * they are not in the schema. A backup is verified whole before a restore touches anything.
 */
public final class Backups {

    static final String MANIFEST = "manifest.properties";
    static final String DUMP = "akapen.sql";
    static final String PREFIX = "akapen-";
    static final String SUFFIX = ".backup";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=`[^`]*`@`[^`]*`\\s*\\*/\\s*|DEFINER=`[^`]*`@`[^`]*`\\s*");

    /** What the manifest says; the dump's hash is checked against it before anything is restored. */
    public record Manifest(Instant created, String schemaVersion, String portalVersion, long dumpBytes, String dumpSha256) {

        Properties toProperties() {
            var p = new Properties();
            p.setProperty("format", "akapen-backup-1");
            p.setProperty("created", created.toString());
            p.setProperty("schema-version", schemaVersion);
            p.setProperty("portal-version", portalVersion);
            p.setProperty("dump-bytes", Long.toString(dumpBytes));
            p.setProperty("dump-sha256", dumpSha256);
            return p;
        }

        static Manifest of(Properties p) {
            if (!"akapen-backup-1".equals(p.getProperty("format"))) {
                throw new BackupRefused("not an Akapen backup (no manifest of format akapen-backup-1)");
            }
            try {
                return new Manifest(Instant.parse(p.getProperty("created")), p.getProperty("schema-version"),
                        p.getProperty("portal-version"), Long.parseLong(p.getProperty("dump-bytes")),
                        p.getProperty("dump-sha256"));
            } catch (RuntimeException e) {
                throw new BackupRefused("its manifest is incomplete (" + e.getMessage() + ")");
            }
        }
    }

    /** A backup that must not be restored, or one that could not be made; the message says why in one line. */
    public static final class BackupRefused extends RuntimeException {
        public BackupRefused(String message) {
            super(message);
        }
    }

    private Backups() {
    }

    /** Takes a backup of a running server into {@code folder}; written under a temporary name, then renamed. */
    static Path create(Path binaries, int port, EmbeddedCredentials credentials, Path folder, Clock clock)
            throws IOException, InterruptedException {
        PrivateFolders.create(folder);
        Instant now = clock.instant();
        String schemaVersion;
        try (var connection = java.sql.DriverManager.getConnection(MariaDbServer.jdbcUrl(port, EmbeddedMariaDb.DATABASE),
                credentials.ownerUser(), credentials.ownerPassword());
                var rows = connection.createStatement().executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                                + " ORDER BY installed_rank DESC LIMIT 1")) {
            schemaVersion = rows.next() ? rows.getString(1) : "0";
        } catch (java.sql.SQLException e) {
            throw new BackupRefused("cannot read the schema version: " + e.getMessage());
        }
        Path target = folder.resolve(PREFIX + FILE_TIME.format(now) + SUFFIX);
        Path partial = folder.resolve(target.getFileName() + ".partial");
        var command = List.of(binaries.resolve("bin/mariadb-dump").toString(), "--no-defaults", "--protocol=TCP",
                "--host=" + MariaDbServer.LOOPBACK, "--port=" + port, "--user=" + credentials.ownerUser(),
                "--single-transaction", "--routines", "--triggers", "--hex-blob", "--default-character-set=utf8mb4",
                "--skip-dump-date", EmbeddedMariaDb.DATABASE);
        Path errorLog = folder.resolve(target.getFileName() + ".err");
        var builder = new ProcessBuilder(command).redirectError(errorLog.toFile());
        builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        builder.environment().put("MYSQL_PWD", credentials.ownerPassword()); // not on the command line, where ps shows it
        Files.deleteIfExists(partial);
        Files.createFile(partial, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(PrivateFolders.OWNER_READ_WRITE));
        Process dump = builder.start();
        var digest = sha256();
        long bytes;
        try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(DUMP));
            var counting = new CountingOutputStream(new DigestOutputStream(nonClosing(zip), digest));
            try (InputStream in = dump.getInputStream()) {
                in.transferTo(counting);
            }
            bytes = counting.count;
            zip.closeEntry();
            boolean ended = dump.waitFor(10, TimeUnit.MINUTES);
            String errors = Files.exists(errorLog) ? Files.readString(errorLog).strip() : "";
            if (!ended || dump.exitValue() != 0 || bytes == 0) {
                throw new BackupRefused("mariadb-dump failed: " + errors.lines().findFirst().orElse("exit " + dump.exitValue()));
            }
            var manifest = new Manifest(now, schemaVersion, portalVersion(), bytes, HexFormat.of().formatHex(digest.digest()));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            var text = new StringWriter();
            manifest.toProperties().store(text, "Akapen backup");
            zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            Files.deleteIfExists(errorLog);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Reads the whole backup, checks the dump against the manifest and the schema against this portal's. */
    public static Manifest verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused("no backup at " + file);
        }
        try (var zip = new ZipFile(file.toFile())) {
            var manifestEntry = zip.getEntry(MANIFEST);
            var dumpEntry = zip.getEntry(DUMP);
            if (manifestEntry == null || dumpEntry == null) {
                throw new BackupRefused(file.getFileName() + " is not a whole Akapen backup (manifest or dump missing)");
            }
            var properties = new Properties();
            properties.load(new StringReader(new String(zip.getInputStream(manifestEntry).readAllBytes(), StandardCharsets.UTF_8)));
            var manifest = Manifest.of(properties);
            var digest = sha256();
            long bytes;
            try (var in = new DigestInputStream(zip.getInputStream(dumpEntry), digest)) {
                bytes = in.transferTo(OutputStream.nullOutputStream());
            }
            if (bytes != manifest.dumpBytes() || !HexFormat.of().formatHex(digest.digest()).equals(manifest.dumpSha256())) {
                throw new BackupRefused(file.getFileName() + " is damaged or altered: its dump does not match the"
                        + " SHA-256 in its manifest");
            }
            MigrationVersion latest = latestMigration();
            if (MigrationVersion.fromVersion(manifest.schemaVersion()).isNewerThan(latest.getVersion())) {
                throw new BackupRefused(file.getFileName() + " comes from a newer portal (schema version "
                        + manifest.schemaVersion() + ", this one knows " + latest.getVersion() + "): restore it with that version");
            }
            return manifest;
        } catch (java.util.zip.ZipException e) {
            throw new BackupRefused(file.getFileName() + " is damaged or truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BackupRefused("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Replaces the schema with the backup's, on a server the caller started on a stopped installation,
     * then migrates an older backup to this portal's schema and grants. The backup is verified first.
     */
    static Manifest restore(Path file, EmbeddedMariaDb server, Path binaries) throws IOException, InterruptedException {
        Manifest manifest = verify(file);
        var credentials = server.credentials();
        try (var connection = server.ownerConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + EmbeddedMariaDb.DATABASE + "`");
            statement.execute("CREATE DATABASE `" + EmbeddedMariaDb.DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (java.sql.SQLException e) {
            throw new BackupRefused("cannot empty the schema for the restore: " + e.getMessage());
        }
        var command = List.of(binaries.resolve("bin/mariadb").toString(), "--no-defaults", "--protocol=TCP",
                "--host=" + MariaDbServer.LOOPBACK, "--port=" + server.port(), "--user=" + credentials.ownerUser(),
                "--default-character-set=utf8mb4", "--binary-mode", EmbeddedMariaDb.DATABASE);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        builder.environment().put("MYSQL_PWD", credentials.ownerPassword());
        Process client = builder.start();
        var output = new StringBuilder();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (var in = client.getInputStream()) {
                output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the client ended
            }
        });
        try (var zip = new ZipFile(file.toFile());
                var in = new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(DUMP)), StandardCharsets.UTF_8));
                var out = new BufferedWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                // triggers are recreated as the owner here, whoever defined them where the backup was taken
                out.write(line.contains("DEFINER=") ? DEFINER.matcher(line).replaceAll("") : line);
                out.write('\n');
            }
        }
        reader.join(TimeUnit.MINUTES.toMillis(10));
        if (!client.waitFor(10, TimeUnit.MINUTES) || client.exitValue() != 0) {
            throw new BackupRefused("loading the backup failed: " + output.toString().strip().lines().findFirst().orElse(""));
        }
        server.migrate();
        return manifest;
    }

    /** Keeps the newest {@code keep} backups in the folder and deletes the rest. */
    static List<Path> prune(Path folder, int keep) throws IOException {
        var deleted = new ArrayList<Path>();
        if (!Files.isDirectory(folder)) {
            return deleted;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> backups = files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                    && f.getFileName().toString().endsWith(SUFFIX)).sorted(Comparator.reverseOrder()).toList();
            for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
                Files.delete(old);
                deleted.add(old);
            }
        }
        return deleted;
    }

    /** The newest migration this portal carries. */
    static MigrationVersion latestMigration() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
                    .max(Comparator.naturalOrder())
                    .orElse(MigrationVersion.EMPTY);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the migrations", e);
        }
    }

    static String portalVersion() {
        try (InputStream in = Backups.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
            if (in != null) {
                var p = new Properties();
                p.load(in);
                return p.getProperty("build.version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "development";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
