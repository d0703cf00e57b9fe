package fpms.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One COPY … FROM STDIN (text format) on its own connection, fed row by row. Several run at once, each in its
 * own server process, so the database parses households, persons and stays in parallel while we generate them.
 * Values are written as they are: the generated data holds no tab, newline or backslash that would need escaping.
 */
final class Copy implements AutoCloseable {

    private final Connection connection;
    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);
    private long rows;

    Copy(String jdbcUrl, String table, String columns) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + table + " (" + columns + ") from stdin", 1 << 20);
        out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
    }

    void row(Object... values) throws IOException {
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append('\t');
            }
            row.append(values[i] == null ? "\\N" : values[i]);
        }
        out.append(row.append('\n'));
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Ends the COPY (the server commits it) and closes the connection. */
    @Override
    public void close() throws IOException, SQLException {
        try {
            out.close();
        } finally {
            connection.close();
        }
    }
}
