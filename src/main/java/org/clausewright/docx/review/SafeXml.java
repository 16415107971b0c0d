package org.clausewright.docx.review;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * The only way this package reads XML: a streaming parser with DTDs and external entities off, that refuses
 * a part carrying a DOCTYPE at all. Word never writes one, so a DOCTYPE in a .docx is an attack or damage.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** A reader over {@code in}; every {@link #next} refuses a DTD. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** The next event, refusing DOCTYPEs and entity references (Word writes neither). */
    static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("it contains a DOCTYPE declaration, which Word documents never have");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("it refers to an entity \"" + reader.getLocalName() + "\"");
        }
        return event;
    }

    /** Skips the rest of the element the reader is on, with its children. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(reader);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** An attribute by local name in whatever namespace (w14, w15, w16cid prefixes vary between programs). */
    static String attr(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return "";
    }

    static String attr(XMLStreamReader reader, String namespace, String name) {
        String value = reader.getAttributeValue(namespace, name);
        return value == null ? "" : value;
    }
}
