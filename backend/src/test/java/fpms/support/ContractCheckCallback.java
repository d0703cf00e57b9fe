package fpms.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Checks every answer of every @QuarkusTest against the contract ({@link ContractCheck}). */
public class ContractCheckCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractCheck.INSTANCE)) {
            RestAssured.filters(ContractCheck.INSTANCE);
        }
    }
}
