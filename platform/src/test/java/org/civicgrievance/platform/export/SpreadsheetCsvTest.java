package org.civicgrievance.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`=HYPERLINK(\"http://x\")` | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "+1                         | \"'+1\"",
            "-1+2                       | \"'-1+2\"",
            "@SUM(A1)                   | \"'@SUM(A1)\"",
            "路灯不亮                    | \"路灯不亮\"",
            "a=b                        | \"a=b\"",
            "`say \"hi\"`               | `\"say \"\"hi\"\"\"`",
    })
    void fieldsAreQuotedAndFormulasDefused(String value, String expected) {
        assertEquals(expected, SpreadsheetCsv.field(value));
    }

    @Test
    void tabsAndCarriageReturnsFirstAreDefusedToo() {
        assertEquals("\"'\t=1\"", SpreadsheetCsv.field("\t=1"));
        assertEquals("\"'\r=1\"", SpreadsheetCsv.field("\r=1"));
    }

    @Test
    void nullIsAnEmptyFieldAndEmptyIsQuoted() {
        assertEquals("", SpreadsheetCsv.field(null));
        assertEquals("\"\"", SpreadsheetCsv.field(""));
    }

    @Test
    void aRowEndsWithCrLf() {
        assertEquals("\"a\",,\"'=b\"\r\n", SpreadsheetCsv.row("a", null, "=b"));
    }
}
