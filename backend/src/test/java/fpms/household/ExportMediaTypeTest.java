package fpms.household;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import fpms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ?format decides an export's media type and file name; Accept only refuses what cannot be served (406 naming what can). */
@QuarkusTest
class ExportMediaTypeTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theFormatDecidesTheMediaTypeAndTheFileNameWhateverAcceptAllows() {
        for (String list : List.of("persons", "households")) {
            String path = "/api/" + list + "/export?q=导出媒体类型无此人";
            for (String accept : List.of("*/*", "text/csv", "text/*", "text/csv, application/json;q=0.5")) {
                Api.as("village").accept(accept).get(path + "&format=CSV").then().statusCode(200)
                        .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("filename=\"" + list + ".csv\""));
            }
            for (String accept : List.of("*/*", XLSX)) {
                Api.as("village").accept(accept).get(path + "&format=XLSX").then().statusCode(200)
                        .contentType(startsWith(XLSX)).header("Content-Disposition", containsString("filename=\"" + list + ".xlsx\""));
            }
            Api.as("village").accept("*/*").get(path).then().statusCode(200).contentType(startsWith(XLSX));
        }
    }

    @Test
    void anAcceptThatRefusesTheFormatIsA406NamingWhatCanBeServed() {
        for (String list : List.of("persons", "households")) {
            String path = "/api/" + list + "/export?q=导出媒体类型无此人";
            Api.as("village").accept("application/json").get(path + "&format=CSV").then().statusCode(406)
                    .contentType("application/problem+json").body("status", equalTo(406))
                    .body("detail", equalTo("This export is served as text/csv: accept it (or */*), or choose another format (format=XLSX: " + XLSX
                            + ", format=CSV: text/csv)"));
            Api.as("village", null).accept("text/csv").get(path + "&format=XLSX").then().statusCode(406)
                    .contentType("application/problem+json").body("detail", startsWith("此导出文件的类型为 " + XLSX));
        }
    }
}
