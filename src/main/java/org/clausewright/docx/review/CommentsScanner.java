package org.clausewright.docx.review;

import org.clausewright.model.TextLimits;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the comment parts: comments.xml (text, author, date), then what threads them where present —
 * commentsExtended (reply parent, done), commentsIds (durable id) and commentsExtensible (UTC date).
 */
final class CommentsScanner {
    private CommentsScanner() {
    }

    static List<WordComment> comments(InputStream in) throws XMLStreamException {
        List<WordComment> result = new ArrayList<>();
        XMLStreamReader r = SafeXml.open(in);
        try {
            WordComment current = null;
            StringBuilder text = null;
            String paraId = "";
            int paragraphs = 0;
            while (r.hasNext()) {
                int event = SafeXml.next(r);
                if (event == XMLStreamConstants.START_ELEMENT && DocumentScanner.W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "comment" -> {
                            current = new WordComment(SafeXml.attr(r, DocumentScanner.W, "id"),
                                    SafeXml.attr(r, DocumentScanner.W, "author"),
                                    SafeXml.attr(r, DocumentScanner.W, "initials"),
                                    WordDates.parse(SafeXml.attr(r, DocumentScanner.W, "date")), "", "", "", false);
                            text = new StringBuilder();
                            paragraphs = 0;
                            paraId = "";
                        }
                        case "p" -> {
                            if (text != null && paragraphs++ > 0) {
                                text.append('\n');
                            }
                            paraId = SafeXml.attr(r, "paraId");
                        }
                        case "t" -> {
                            String t = r.getElementText();
                            if (text != null) {
                                if (text.length() + t.length() > TextLimits.MAX_TEXT_CHARS) {
                                    throw new TextTooLongException("the comment by " + TextLimitCheck.firstWords(
                                            ThreadFactory.author(current.author())) + " beginning \u201c"
                                            + TextLimitCheck.firstWords(text.length() > 0 ? text.toString() : t) + "\u201d");
                                }
                                text.append(t);
                            }
                        }
                        case "tab", "br" -> {
                            if (text != null) {
                                text.append(' ');
                            }
                        }
                        case "delText", "instrText" -> SafeXml.skip(r);
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && current != null
                        && DocumentScanner.W.equals(r.getNamespaceURI()) && r.getLocalName().equals("comment")) {
                    result.add(new WordComment(current.id(), current.author(), current.initials(), current.date(),
                            text.toString().strip(), paraId, "", false));
                    current = null;
                    text = null;
                }
            }
        } finally {
            r.close();
        }
        return result;
    }

    // The parts below are kept only for the comments comments.xml has: entries for no comment would only
    // fill memory (a hostile file can hold millions of them).

    /** commentsExtended: paraId → [parent paraId, done], for the comments' {@code paraIds}. */
    static Map<String, String[]> extended(InputStream in, Set<String> paraIds) throws XMLStreamException {
        Map<String, String[]> result = new HashMap<>();
        each(in, "commentEx", r -> {
            String paraId = SafeXml.attr(r, "paraId");
            if (paraIds.contains(paraId)) {
                result.put(paraId, new String[]{SafeXml.attr(r, "paraIdParent"), SafeXml.attr(r, "done")});
            }
        });
        return result;
    }

    /** commentsIds: paraId → durableId, for the comments' {@code paraIds}. */
    static Map<String, String> durableIds(InputStream in, Set<String> paraIds) throws XMLStreamException {
        Map<String, String> result = new HashMap<>();
        each(in, "commentId", r -> {
            String paraId = SafeXml.attr(r, "paraId");
            if (paraIds.contains(paraId)) {
                result.put(paraId, SafeXml.attr(r, "durableId"));
            }
        });
        return result;
    }

    /** commentsExtensible: durableId → UTC date (Word's w:date is local time marked as UTC), for {@code durableIds}. */
    static Map<String, Instant> utcDates(InputStream in, Collection<String> durableIds) throws XMLStreamException {
        Set<String> wanted = new HashSet<>(durableIds);
        Map<String, Instant> result = new HashMap<>();
        each(in, "commentExtensible", r -> {
            String durableId = SafeXml.attr(r, "durableId");
            Instant date = wanted.contains(durableId) ? WordDates.parse(SafeXml.attr(r, "dateUtc")) : null;
            if (date != null) {
                result.put(durableId, date);
            }
        });
        return result;
    }

    /** Threads the comments: replies name their parent, the done flag and UTC date come in. */
    static List<WordComment> thread(List<WordComment> comments, Map<String, String[]> extended,
                                    Map<String, String> durableIds, Map<String, Instant> utcDates) {
        List<WordComment> result = new ArrayList<>(comments.size());
        for (WordComment c : comments) {
            String[] ex = extended.get(c.paraId());
            String parent = ex == null ? "" : ex[0];
            boolean done = ex != null && (ex[1].equals("1") || ex[1].equalsIgnoreCase("true"));
            Instant utc = utcDates.get(durableIds.getOrDefault(c.paraId(), "\u0000"));
            result.add(c.withThreading(parent, done, utc));
        }
        return result;
    }

    private static void each(InputStream in, String element, Visitor visitor) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(in);
        try {
            while (r.hasNext()) {
                if (SafeXml.next(r) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
                    visitor.visit(r);
                }
            }
        } finally {
            r.close();
        }
    }

    @FunctionalInterface
    private interface Visitor {
        void visit(XMLStreamReader r);
    }
}
