package jp.akapen.manuscript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Records the SQL the application runs on this thread while open, by listening on the shared jOOQ
 * configuration (no second Spring context), and takes itself off again when closed.
 */
public final class SqlCounter implements AutoCloseable {

    /** One statement run, and how many rows it returned. */
    public record Statement(String sql, int rows) {
    }

    private final DSLContext db;
    private final ExecuteListenerProvider[] before;
    private final Thread thread = Thread.currentThread();
    private final List<Statement> statements = new ArrayList<>();

    private SqlCounter(DSLContext db) {
        this.db = db;
        this.before = db.configuration().executeListenerProviders();
        ExecuteListenerProvider[] with = Arrays.copyOf(before, before.length + 1);
        with[before.length] = new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext ctx) {
                if (Thread.currentThread() == thread && ctx.sql() != null) {
                    statements.add(new Statement(ctx.sql().toLowerCase(Locale.ROOT).replace("`", "").replace("\"", ""), 0));
                }
            }

            @Override
            public void recordEnd(ExecuteContext ctx) {
                if (Thread.currentThread() == thread && !statements.isEmpty()) {
                    var last = statements.removeLast();
                    statements.add(new Statement(last.sql(), last.rows() + 1));
                }
            }
        });
        db.configuration().set(with);
    }

    public static SqlCounter on(DSLContext db) {
        return new SqlCounter(db);
    }

    /** SELECTs whose main FROM is the table (subqueries on it do not count). */
    public List<Statement> selectsFrom(String table) {
        return statements.stream().filter(s -> s.sql().startsWith("select"))
                .filter(s -> mainFrom(s.sql()).startsWith(table)).toList();
    }

    /** INSERTs and UPDATEs of the table (DELETEs apart: one may remove many rows at once). */
    public long writesTo(String table) {
        return statements.stream()
                .filter(s -> s.sql().matches("^(insert into|update) ([a-z_]+\\.)?" + table + "\\b[\\s\\S]*"))
                .count();
    }

    private static String mainFrom(String sql) {
        int depth = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && sql.startsWith(" from ", i)) {
                return sql.substring(i + 6).replaceFirst("^[a-z_]+\\.", "");
            }
        }
        return "";
    }

    @Override
    public void close() {
        db.configuration().set(before);
    }
}
