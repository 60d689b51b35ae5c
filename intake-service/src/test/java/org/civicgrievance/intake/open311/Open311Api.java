package org.civicgrievance.intake.open311;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** An Open311 client in tests: form-encoded submissions in UTF-8, queries in either format. */
final class Open311Api {

    static final String LOCAL_KEY = "local-open311-key";
    static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=utf-8";
    static final String XML = "text/xml";
    static final String JSON = "application/json";

    private Open311Api() {
    }

    /**
     * Posts {@code fields} to {@code requests.<format>}; a list value is sent once per element
     * (as {@code attribute[code][]} wants it).
     */
    static ValidatableResponse submit(String format, Map<String, ?> fields) {
        RequestSpecification request = given().contentType(FORM_UTF8);
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request.when().post("/open311/v2/requests." + format).then().log().ifValidationFails();
    }

    static ValidatableResponse get(String path) {
        return given().when().get("/open311/v2/" + path).then().log().ifValidationFails();
    }

    static ValidatableResponse get(String path, Map<String, ?> query) {
        return given().queryParams(query).when().get("/open311/v2/" + path).then().log().ifValidationFails();
    }

    /** A street-lighting report with a unique description (so no duplicate linking), with contact details. */
    static Map<String, Object> streetLight(String description) {
        return new java.util.LinkedHashMap<>(Map.of(
                "api_key", LOCAL_KEY,
                "service_code", "street-lighting",
                "lat", "26.08",
                "long", "119.3",
                "address_string", "鼓楼区幸福路12号",
                "description", description,
                "first_name", "三",
                "last_name", "张",
                "phone", "13812345678",
                "email", "zhang@example.org"));
    }
}
