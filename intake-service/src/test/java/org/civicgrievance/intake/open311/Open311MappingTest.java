package org.civicgrievance.intake.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicgrievance.intake.catalogue.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small translations between our model and GeoReport v2's words. */
class Open311MappingTest {

    @ParameterizedTest
    @CsvSource({
            "category, service_code",
            "description, description",
            "location, address_string",
            "location.address, address_string",
            "location.latitude, lat",
            "location.longitude, long",
            "attributes.hazard, attribute[hazard]",
            "attributes, attribute",
            "contact.phone, phone",
            "contact.email, email",
            "contact.name, first_name and last_name",
            "Idempotency-Key, Idempotency-Key" })
    void ourFieldsHaveOpen311Names(String ours, String open311) {
        assertEquals(open311, Open311Submissions.fieldName(ours));
    }

    @ParameterizedTest
    @CsvSource({
            "STRING, string", "TEXT, text", "NUMBER, number", "DATETIME, datetime",
            "SINGLE_CHOICE, singlevaluelist", "MULTIPLE_CHOICE, multivaluelist" })
    void questionTypesAreAttributeDatatypes(QuestionType type, String datatype) {
        assertEquals(datatype, Open311Services.datatype(type));
    }

    @ParameterizedTest
    @CsvSource({
            "SUBMITTED, OPEN", "QUEUED, OPEN", "CLAIMED, OPEN", "IN_PROGRESS, OPEN", "WAITING_FOR_RESIDENT, OPEN",
            "RETURNED, OPEN", "REOPENED, OPEN", "TRIAGE, OPEN", "RESOLVED, CLOSED", "CLOSED, CLOSED", "MERGED, CLOSED" })
    void onlyAnsweredCasesAreClosed(String ours, Open311Status open311) {
        assertEquals(open311, Open311Status.of(ours));
    }

    @Test
    void namesAreJoinedAsTheirCultureWritesThem() {
        assertEquals("张三", Open311Submissions.personName("三", "张"));
        assertEquals("John Smith", Open311Submissions.personName("John", "Smith"));
        assertEquals("John", Open311Submissions.personName("John", null));
        assertEquals("Smith", Open311Submissions.personName(null, "Smith"));
        assertEquals(null, Open311Submissions.personName(null, null));
    }

    @Test
    void theLanguageIsChineseUnlessEnglishIsAsked() {
        assertEquals(Language.ZH, Language.of(null, List.of()));
        assertEquals(Language.EN, Language.of("en_US", List.of()));
        assertEquals(Language.ZH, Language.of("zh-CN", List.of(Locale.ENGLISH)), "the parameter wins over the header");
        assertEquals(Language.EN, Language.of(null, List.of(Locale.FRENCH, Locale.UK, Locale.CHINESE)));
        assertEquals(Language.ZH, Language.of(null, List.of(Locale.FRENCH)));
    }

    @Test
    void formFieldsKeepRepeatedAndBracketedNamesAndTheBodyWinsOverTheQuery() {
        FormFields form = FormFields.parse("attribute%5Bsource%5D%5B%5D=a&attribute[source][]=b&description=%E7%81%AF+%26+x"
                + "&api_key=from-body&empty=", Map.of("api_key", List.of("from-query"), "locale", List.of("en")));
        assertEquals(List.of("a", "b"), form.all().get("attribute[source][]"));
        assertEquals("灯 & x", form.value("description"));
        assertEquals("from-body", form.value("api_key"));
        assertEquals("en", form.value("locale"));
        assertEquals(null, form.value("empty"));
        assertEquals(400, assertThrows(Open311Exception.class, () -> FormFields.parse("a=%zz", Map.of())).status());
    }
}
