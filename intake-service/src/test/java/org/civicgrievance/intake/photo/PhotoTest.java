package org.civicgrievance.intake.photo;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.Submissions.STREET_LIGHT;
import static org.civicgrievance.intake.Submissions.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.intake.ResolutionReports;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Photos: checked by content, at most five of at most 5 MB, shown only to whom the case belongs. */
@QuarkusTest
class PhotoTest {

    @Inject
    EventCodec codec;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/api/cases")
    URL casesUrl;

    @Test
    void aPhotoIsStoredListedAndServedAsSentToTheResident() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        byte[] png = image("png", 64, 48);

        String photoId = upload(receipt, receipt.path("accessCode"), "lamp.png", "image/png", png)
                .statusCode(Status.CREATED.getStatusCode())
                .body("mediaType", equalTo("image/png"))
                .body("sizeBytes", equalTo(png.length))
                .extract().path("photoId");
        upload(receipt, receipt.path("accessCode"), "lamp.jpg", "image/jpeg", image("jpg", 64, 48))
                .statusCode(Status.CREATED.getStatusCode()).body("mediaType", equalTo("image/jpeg"));

        withCode(receipt).when().get("/api/cases/{n}/photos", receipt.<String>path("trackingNumber"))
                .then().statusCode(Status.OK.getStatusCode()).body("mediaType", contains("image/png", "image/jpeg"));
        byte[] served = withCode(receipt).when()
                .get("/api/cases/{n}/photos/{id}", receipt.<String>path("trackingNumber"), photoId)
                .then().statusCode(Status.OK.getStatusCode())
                .contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .extract().asByteArray();
        assertArrayEquals(png, served);
    }

    @Test
    void theContentDecidesNotTheNameOrDeclaredType() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        String code = receipt.path("accessCode");

        upload(receipt, code, "photo.jpg", "image/jpeg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .statusCode(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode())
                .contentType("application/problem+json")
                .body("errors.field", hasItem("photo"));
        byte[] fakePng = Arrays.copyOf(image("png", 8, 8), 40); // a PNG signature, then a truncated header
        upload(receipt, code, "photo.png", "image/png", fakePng).statusCode(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode());
        // a real JPEG sent as text/plain under a silly name is still a JPEG
        upload(receipt, code, "notes.txt", "text/plain", image("jpg", 16, 16)).statusCode(Status.CREATED.getStatusCode())
                .body("mediaType", equalTo("image/jpeg"));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        upload(receipt, receipt.path("accessCode"), "huge.png", "image/png", pngHeaderClaiming(100_000, 100_000))
                .statusCode(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode())
                .body("errors.field", hasItem("photo"));
    }

    @Test
    void photosOverFiveMegabytesAndASixthPhotoAreRefused() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        String code = receipt.path("accessCode");
        byte[] png = image("png", 32, 32);
        byte[] tooBig = Arrays.copyOf(png, (int) PhotoService.MAX_BYTES + 1);
        upload(receipt, code, "big.png", "image/png", tooBig)
                .statusCode(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .body("errors.field", hasItem("photo"));
        // beyond what any upload may be: refused before a byte is read
        upload(receipt, code, "huge.png", "image/png", new byte[7 * 1024 * 1024])
                .statusCode(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .contentType("application/problem+json");

        for (int i = 0; i < PhotoService.MAX_PER_CASE; i++) {
            upload(receipt, code, "p" + i + ".png", "image/png", png).statusCode(Status.CREATED.getStatusCode());
        }
        upload(receipt, code, "sixth.png", "image/png", png)
                .statusCode(Status.CONFLICT.getStatusCode())
                .body("type", endsWith(":too-many-photos"));
        withCode(receipt).when().get("/api/cases/{n}/photos", receipt.<String>path("trackingNumber"))
                .then().body("$", hasSize(PhotoService.MAX_PER_CASE));
    }

    @Test
    void otherResidentsAndOtherDepartmentsSeeNothing() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        String caseId = receipt.path("caseId");
        String photoId = upload(receipt, receipt.path("accessCode"), "lamp.png", "image/png", image("png", 8, 8))
                .statusCode(Status.CREATED.getStatusCode()).extract().path("photoId");
        String strangersCode = submit(STREET_LIGHT).path("accessCode");

        upload(receipt, strangersCode, "x.png", "image/png", image("png", 8, 8)).statusCode(Status.NOT_FOUND.getStatusCode());
        given().header("X-Access-Code", strangersCode)
                .when().get("/api/cases/{n}/photos/{id}", receipt.<String>path("trackingNumber"), photoId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());

        // staff see photos once the case is with their department
        new ResolutionReports(codec, bootstrapServers).report(receipt, 1, "QUEUED");
        given().auth().oauth2(StaffTokens.handler("wang.li", "urban-management"))
                .when().get("/api/staff/cases/{id}/photos/{photo}", caseId, photoId)
                .then().statusCode(Status.OK.getStatusCode()).contentType("image/png");
        given().auth().oauth2(StaffTokens.inspector("li.qiang"))
                .when().get("/api/staff/cases/{id}/photos", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("photoId", contains(photoId));
        given().auth().oauth2(StaffTokens.handler("zhao.min", "water-affairs"))
                .when().get("/api/staff/cases/{id}/photos", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().auth().oauth2(StaffTokens.operator("operator.chen"))
                .when().get("/api/staff/cases/{id}/photos", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().when().get("/api/staff/cases/{id}/photos", caseId)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void outsideUploadPathsABodyOfUnknownLengthIsRefused() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(casesUrl.toString()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(STREET_LIGHT.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
    }

    /**
     * Uploads as browsers and curl do, with the length declared (REST Assured's own multipart
     * streams without one, which the service refuses with 411).
     */
    private static ValidatableResponse upload(ExtractableResponse<Response> receipt, String code, String name,
            String mediaType, byte[] bytes) throws IOException {
        String boundary = "----grievance-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + name
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().header("X-Access-Code", code)
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray())
                .when().post("/api/cases/{n}/photos", receipt.<String>path("trackingNumber"))
                .then().log().ifValidationFails();
    }

    private static io.restassured.specification.RequestSpecification withCode(ExtractableResponse<Response> receipt) {
        return given().header("X-Access-Code", receipt.<String>path("accessCode"));
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0xFF8800);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, format, bytes);
        return bytes.toByteArray();
    }

    /** A PNG of a few bytes whose header claims a picture of width x height pixels. */
    private static byte[] pngHeaderClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        ByteBuffer header = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(header.array());
        png.write(ByteBuffer.allocate(4).putInt(13).array());
        png.write(header.array());
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return png.toByteArray();
    }
}
