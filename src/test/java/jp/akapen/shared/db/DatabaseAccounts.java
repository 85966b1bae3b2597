package jp.akapen.shared.db;

/** For tests that hand an embedded server to another JVM: the portal's own account on it, as URL, user, password. */
public final class DatabaseAccounts {

    private DatabaseAccounts() {
    }

    /** The schema owner's account, for tests that dump and load the schema as an administrator would. */
    public static String[] owner(EmbeddedMariaDb db) {
        return new String[] {db.jdbcUrl(), db.credentials().ownerUser(), db.credentials().ownerPassword()};
    }

    public static String[] app(EmbeddedMariaDb db) {
        return new String[] {db.jdbcUrl(), db.credentials().appUser(), db.credentials().appPassword()};
    }
}
