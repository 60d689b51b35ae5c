package org.civicgrievance.intake.open311;

import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes Open311 bodies in either format from one JSON tree. GeoReport v2 defines JSON as a
 * mapping of its XML (the "Spark convention"), so the XML is derived from the same tree: an object
 * is an element with one child per field, a top-level list is the root element with one child
 * per item, a nested list is a wrapper element with one child per item ({@code attributes} holds
 * {@code attribute}s), and null is an empty element.
 */
@ApplicationScoped
public class Open311Writer {

    /** The element of each item of a nested list, by the list's name. */
    private static final Map<String, String> ITEM_ELEMENTS = Map.of(
            "attributes", "attribute",
            "values", "value",
            "endpoints", "endpoint",
            "formats", "format");

    /** A mapper of our own: the wire format must not change with the application's JSON settings. */
    private final ObjectMapper json = JsonMapper.builder().build();
    private final XMLOutputFactory xmlFactory = XMLOutputFactory.newFactory();

    /**
     * @param root the XML root element, e.g. {@code services}
     * @param item the XML element of each item when {@code body} is a list, e.g. {@code service}
     * @param body a record or a list of records
     */
    public String write(Format format, String root, String item, Object body) {
        JsonNode tree = json.valueToTree(body);
        return format == Format.JSON ? writeJson(tree) : writeXml(root, item, tree);
    }

    private String writeJson(JsonNode tree) {
        try {
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private String writeXml(String root, String item, JsonNode tree) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = xmlFactory.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            if (tree.isArray()) {
                xml.writeStartElement(root);
                for (JsonNode element : tree) {
                    writeElement(xml, item, element);
                }
                xml.writeEndElement();
            } else {
                writeElement(xml, root, tree);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
        return out.toString();
    }

    private void writeElement(XMLStreamWriter xml, String name, JsonNode node) throws XMLStreamException {
        if (node == null || node.isNull()) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                writeElement(xml, field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            String itemName = ITEM_ELEMENTS.get(name);
            if (itemName == null) {
                throw new IllegalStateException("no XML element is defined for the items of " + name);
            }
            for (JsonNode element : node) {
                writeElement(xml, itemName, element);
            }
        } else {
            // the writer escapes markup; characters XML 1.0 cannot carry at all are replaced here
            xml.writeCharacters(XmlText.legal(node.asText()));
        }
        xml.writeEndElement();
    }
}
