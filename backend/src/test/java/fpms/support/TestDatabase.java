package fpms.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of the run shares one throw-away embedded PostgreSQL with the demo data. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
