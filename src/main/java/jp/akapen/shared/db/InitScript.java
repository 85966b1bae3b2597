package jp.akapen.shared.db;

/**
 * The SQL the embedded server runs at every start with full rights, before it accepts connections:
 * it keeps only the portal's two accounts (older data directories, started without grant tables,
 * still hold MariaDB's default accounts), sets their passwords from the credentials file, and
 * clears the application user's table grants, which {@link AppUserGrants} gives anew after the
 * migrations.
 */
final class InitScript {

    private InitScript() {
    }

    static String of(EmbeddedCredentials credentials, String database) {
        String owner = account(credentials.ownerUser());
        String app = account(credentials.appUser());
        String ours = "(User = 'mariadb.sys' AND Host = 'localhost') OR (User IN ('%s', '%s') AND Host = '%s')"
                .formatted(credentials.ownerUser(), credentials.appUser(), MariaDbServer.LOOPBACK);
        return String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;",
                "DROP DATABASE IF EXISTS test;",
                "DELETE FROM mysql.global_priv WHERE NOT (" + ours + ");",
                "DELETE FROM mysql.db WHERE NOT (" + ours + ") OR User = '" + credentials.appUser() + "';",
                "DELETE FROM mysql.tables_priv WHERE NOT (" + ours + ") OR User = '" + credentials.appUser() + "';",
                "DELETE FROM mysql.columns_priv WHERE NOT (" + ours + ") OR User = '" + credentials.appUser() + "';",
                "DELETE FROM mysql.procs_priv WHERE NOT (" + ours + ");",
                "DELETE FROM mysql.proxies_priv;",
                "DELETE FROM mysql.roles_mapping;",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS " + owner + " IDENTIFIED BY '" + credentials.ownerPassword() + "';",
                "ALTER USER " + owner + " IDENTIFIED BY '" + credentials.ownerPassword() + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + owner + " WITH GRANT OPTION;",
                // the owner administers this private server: flushing tables (consistent copies, backups)
                "GRANT RELOAD ON *.* TO " + owner + ";",
                // and writes its redo log anew after an erasure (RedoLog: SET GLOBAL innodb_log_file_size)
                "GRANT SUPER ON *.* TO " + owner + ";",
                "CREATE USER IF NOT EXISTS " + app + " IDENTIFIED BY '" + credentials.appPassword() + "';",
                "ALTER USER " + app + " IDENTIFIED BY '" + credentials.appPassword() + "';",
                "");
    }

    private static String account(String user) {
        return "'" + user + "'@'" + MariaDbServer.LOOPBACK + "'";
    }
}
