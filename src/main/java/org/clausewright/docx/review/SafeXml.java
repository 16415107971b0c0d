package org.clausewright.docx.review;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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

    /**
     * A reader over {@code in}; every {@link #next} refuses a DTD. The bytes are decoded here, strictly: given
     * the bytes, the JDK's parser prints "[Fatal Error] …" on the terminal for a byte that is not UTF-8 before
     * it throws. Word and LibreOffice write UTF-8; a part with a UTF-16 byte order mark is read as UTF-16.
     */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        try {
            BufferedInputStream bytes = new BufferedInputStream(in);
            bytes.mark(3);
            int b0 = bytes.read();
            int b1 = bytes.read();
            int b2 = bytes.read();
            bytes.reset();
            Charset charset = StandardCharsets.UTF_8;
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
                charset = StandardCharsets.UTF_16;
            } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                bytes.skipNBytes(3);
            }
            Reader text = new InputStreamReader(bytes, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return FACTORY.createXMLStreamReader(text);
        } catch (IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
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
