package fpms.common.jdbc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one {@code COPY … FROM STDIN} (text format), streamed to PostgreSQL in chunks as they are added: the fastest
 * way to write many rows, in the caller's transaction. Values are written with toString() (numbers, ISO dates and
 * instants, enum names); null is NULL. PostgreSQL refuses COPY FROM into a table under row-level security, so the
 * rows go to a temporary table of the same columns and from there, in one {@code INSERT … SELECT} that the table's
 * policy checks row by row, into the table: a row outside the caller's scope fails the whole write.
 */
public final class PgCopy implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final Connection connection;
    private final String table;
    private final String columns;
    private final String staging;
    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK * 2);
    private final StringBuilder row = new StringBuilder(256);
    private long rows;

    public PgCopy(Connection connection, String table, String columns) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.staging = "pg_copy_" + table;
        try (Statement s = connection.createStatement()) {
            s.execute("create temporary table " + staging + " on commit drop as select " + columns + " from " + table + " with no data");
        }
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + staging + " (" + columns + ") from stdin");
    }

    public PgCopy row(Object... values) throws SQLException {
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append('\t');
            }
            append(values[i]);
        }
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        if (buffer.size() >= CHUNK) {
            flush();
        }
        return this;
    }

    /** Sends the rest, ends the COPY and writes the rows into the table; returns the number of rows written. */
    public long finish() throws SQLException {
        flush();
        copy.endCopy();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("insert into " + table + " (" + columns + ") select " + columns + " from " + staging);
            s.execute("drop table " + staging);
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void append(Object value) {
        if (value == null) {
            row.append("\\N");
            return;
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }
}
