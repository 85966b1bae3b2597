package jp.akapen.shared.db;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's two accounts, generated per installation (P11): the schema's owner, who runs
 * the migrations, and the application's user, who has the grants of {@code db/grants.sql} and nothing
 * more. Kept in a file beside the data directory (not inside it, so a copy of the data is no key to it)
 * that only the portal's own user can read. The server is told the passwords at every start, so a
 * lost file is simply made anew.
 */
record EmbeddedCredentials(String ownerUser, String ownerPassword, String appUser, String appPassword) {

    static final String OWNER = "akapen_owner";
    static final String APP = "akapen_app";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(OWNER, password(), APP, password());
    }

    /** Reads the file, or writes a new one (owner-only from its creation) when there is none. */
    static EmbeddedCredentials of(Path file) throws IOException {
        if (Files.exists(file)) {
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                log.warn("{} could be read by other users; it is now readable by its owner only", file);
                Files.setPosixFilePermissions(file, java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE));
            }
            var stored = new Properties();
            stored.load(new StringReader(Files.readString(file)));
            String owner = stored.getProperty("owner.password", "");
            String app = stored.getProperty("app.password", "");
            if (owner.length() >= 20 && app.length() >= 20) {
                return new EmbeddedCredentials(OWNER, owner, APP, app);
            }
            log.warn("{} is incomplete; new passwords are generated", file);
        }
        var fresh = generate();
        PrivateFolders.writeSecret(file, """
                # The embedded MariaDB's accounts for this installation (generated; readable by this user only).
                # Never put this file into a backup of the database.
                owner.user=%s
                owner.password=%s
                app.user=%s
                app.password=%s
                """.formatted(fresh.ownerUser, fresh.ownerPassword, fresh.appUser, fresh.appPassword));
        return fresh;
    }

    private static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[" + ownerUser + ", " + appUser + ", passwords hidden]";
    }
}
