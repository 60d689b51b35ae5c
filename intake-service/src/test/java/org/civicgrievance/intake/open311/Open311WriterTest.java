package org.civicgrievance.intake.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The XML is GeoReport's, derived from the JSON tree; anything a resident typed stays text. */
class Open311WriterTest {

    private final Open311Writer writer = new Open311Writer();

    @Test
    void aListBecomesARootWithOneElementPerItemAndNullsBecomeEmptyElements() {
        String xml = writer.write(Format.XML, "errors", "error",
                List.of(new Open311Error(400, "a"), new Open311Error(403, null)));
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>400</code><description>a</description>"
                + "</error><error><code>403</code><description/></error></errors>", xml);
        assertEquals("[{\"code\":400,\"description\":\"a\"},{\"code\":403,\"description\":null}]",
                writer.write(Format.JSON, "errors", "error", List.of(new Open311Error(400, "a"), new Open311Error(403, null))));
    }

    @Test
    void nestedListsAreWrappedWithSingularItems() {
        ServiceDefinition definition = new ServiceDefinition("noise", List.of(new ServiceDefinition.Attribute(true, "source",
                "multivaluelist", false, null, 1, "Source", List.of(new ServiceDefinition.Value("traffic", "Traffic")))));
        String xml = writer.write(Format.XML, "service_definition", null, definition);
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_definition><service_code>noise</service_code>"
                + "<attributes><attribute><variable>true</variable><code>source</code><datatype>multivaluelist</datatype>"
                + "<required>false</required><datatype_description/><order>1</order><description>Source</description>"
                + "<values><value><key>traffic</key><name>Traffic</name></value></values></attribute></attributes>"
                + "</service_definition>", xml);
    }

    @Test
    void markupIsEscapedAndCharactersXmlCannotCarryAreReplaced() throws Exception {
        String hostile = "<b>&</b> ]]> \"q\" \u0000\u0008 \uD800 灯 🚨";
        String xml = writer.write(Format.XML, "errors", "error", List.of(new Open311Error(400, hostile)));
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        assertEquals("<b>&</b> ]]> \"q\" \uFFFD\uFFFD \uFFFD 灯 🚨",
                parsed.getElementsByTagName("description").item(0).getTextContent());
    }

    @Test
    void aNestedListWithoutAKnownItemNameIsAProgrammingError() {
        record Odd(List<String> things) {
        }
        assertThrows(IllegalStateException.class, () -> writer.write(Format.XML, "odd", null, new Odd(List.of("x"))));
    }
}
