package fpms.common.db;

import java.sql.SQLException;
import java.util.List;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/** The Liquibase side of {@link InvalidIndexes}: the changeset that runs last on every update (changes/999-…). */
public class RebuildInvalidIndexes implements CustomTaskChange {

    private List<String> rebuilt = List.of();

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            rebuilt = InvalidIndexes.rebuild(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("rebuilding invalid indexes failed", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return rebuilt.isEmpty() ? "no invalid index" : "rebuilt invalid indexes " + rebuilt;
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
