package org.civicgrievance.platform.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) that is safe to open in a spreadsheet. Exports carry residents' own words, and a
 * cell that starts like a formula must not run as one (CSV injection).
 */
public final class SpreadsheetCsv {

    /** RFC 4180 ends records with CRLF. */
    public static final String LINE_END = "\r\n";
    /**
     * Lets Excel and WPS recognise UTF-8: without it they read Chinese text in the local code page.
     * Put it at the very start of a document meant for spreadsheets.
     */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    /**
     * Quotes every field. A field a spreadsheet would run as a formula (=, +, -, @, tab or CR first)
     * gets a leading apostrophe, which spreadsheets show as text. Null becomes an empty field.
     */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** One record, line end included. */
    public static String row(String... values) {
        return Arrays.stream(values).map(SpreadsheetCsv::field).collect(Collectors.joining(",")) + LINE_END;
    }
}
