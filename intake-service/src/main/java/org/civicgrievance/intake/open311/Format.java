package org.civicgrievance.intake.open311;

import java.util.Locale;

/** The response formats GeoReport v2 names by the path's suffix: {@code .xml} (required) and {@code .json}. */
public enum Format {
    XML("text/xml"),
    JSON("application/json");

    private final String type;

    Format(String type) {
        this.type = type;
    }

    /** The MIME type, as service discovery lists it. */
    public String type() {
        return type;
    }

    /** The Content-Type of responses: GeoReport v2 asks for UTF-8 said explicitly. */
    public String mediaType() {
        return type + "; charset=utf-8";
    }

    /** @throws Open311Exception 404 for any other suffix: there is no such resource */
    public static Format of(String suffix) {
        return switch (suffix == null ? "" : suffix.toLowerCase(Locale.ROOT)) {
            case "xml" -> XML;
            case "json" -> JSON;
            default -> throw Open311Exception.notFound("format", "is not served here; use .xml or .json");
        };
    }

    /** The format a failed request asked for, judged from its path; JSON when it named none we serve. */
    static Format ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }
}
