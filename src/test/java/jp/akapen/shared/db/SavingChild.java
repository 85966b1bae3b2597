package jp.akapen.shared.db;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A portal stand-in in its own JVM for the crash tests: starts the embedded server on a data directory
 * and saves numbered rows one transaction at a time, printing "saved N" only after each commit
 * returned, which is what a user would have seen acknowledged. The test kills it with kill -9.
 */
public final class SavingChild {

    public static void main(String[] args) throws Exception {
        var db = EmbeddedMariaDb.launch(args[0], Path.of(args[1]));
        System.out.println("server " + db.serverPid());
        System.out.flush();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.credentials().ownerUser(),
                db.credentials().ownerPassword())) {
            connection.createStatement().execute(
                    "CREATE TABLE IF NOT EXISTS saves (n INT PRIMARY KEY, body VARCHAR(100)) CHARACTER SET utf8mb4");
            connection.setAutoCommit(false);
            var insert = connection.prepareStatement("INSERT INTO saves VALUES (?, ?)");
            for (int n = 0; n < Integer.parseInt(args[2]); n++) {
                insert.setInt(1, n);
                insert.setString(2, "保存 " + n);
                insert.executeUpdate();
                connection.commit();
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
        System.out.println("done");
        Thread.sleep(60_000);
    }
}
