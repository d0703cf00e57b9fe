package fpms.household.rest;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.household.Masking;
import fpms.household.transfer.RegisterExport;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** An export's file: ?format decides its media type and name; Accept only refuses it (406 naming what can be served). */
final class ExportFile {

    private ExportFile() {
    }

    static MediaType type(RegisterExport.Format format) {
        return switch (format) {
            case XLSX -> MediaType.valueOf(ImportResource.XLSX);
            case CSV -> MediaType.valueOf("text/csv;charset=UTF-8");
        };
    }

    /** The file "{name}.{format}" as the format's media type, when the caller's Accept takes it. */
    static Response of(StreamingOutput body, String name, RegisterExport.Format format, HttpHeaders request) {
        MediaType type = type(format);
        if (request.getAcceptableMediaTypes().stream().noneMatch(accepted -> accepted.isCompatible(type))) {
            String served = Arrays.stream(RegisterExport.Format.values())
                    .map(f -> "format=" + f.name() + ": " + bare(type(f))).collect(Collectors.joining(", "));
            throw new ProblemException(406, "not-acceptable", Message.of("export.not-acceptable", bare(type), served), null);
        }
        return ImportResource.attachment(body, type, name + "." + format.name().toLowerCase());
    }

    /** The export's filter for the audit log: its query parameters but the format, any identifier in them masked. */
    static Map<String, String> filter(UriInfo uri) {
        Map<String, String> filter = new TreeMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("format")) {
                filter.put(name, Masking.identifiersIn(String.join(",", values)));
            }
        });
        return filter;
    }

    private static String bare(MediaType type) {
        return type.getType() + "/" + type.getSubtype();
    }
}
