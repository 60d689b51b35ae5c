package org.civicgrievance.intake.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInRelativeOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueTest {

    @Test
    void thePublishedCategoriesAreListedInDisplayOrderInBothLanguages() {
        given().when().get("/api/catalogue")
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body("code", containsInRelativeOrder("street-lighting", "road-damage", "noise", "other"))
                .body("find { it.code == 'street-lighting' }.nameZh", equalTo("路灯照明"))
                .body("find { it.code == 'street-lighting' }.nameEn", equalTo("Street lighting"));
    }

    @Test
    void aCategoryShowsItsQuestionsAndTheirOptions() {
        given().when().get("/api/catalogue/{code}", "road-damage")
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body("questions.code", containsInRelativeOrder("hazard", "size_metres"))
                .body("questions.find { it.code == 'hazard' }.type", equalTo("SINGLE_CHOICE"))
                .body("questions.find { it.code == 'hazard' }.required", equalTo(true))
                .body("questions.find { it.code == 'hazard' }.options.code", hasItems("pothole", "subsidence", "manhole"))
                .body("questions.find { it.code == 'size_metres' }.type", equalTo("NUMBER"));
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        given().when().get("/api/catalogue/{code}", "moon-landing")
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
    }
}
