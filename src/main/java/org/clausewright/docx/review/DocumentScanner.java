package org.clausewright.docx.review;

import org.clausewright.docx.ClauseBookmark;
import org.clausewright.model.TextLimits;

import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads word/document.xml in one streaming pass: the paragraphs with every character (inserted and deleted),
 * the tracked changes, the comment ranges, and the clause bookmarks. Formatting changes are only counted.
 */
final class DocumentScanner {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Set<String> FORMAT_CHANGES = Set.of("rPrChange", "pPrChange", "sectPrChange",
            "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "tblPrExChange");
    // Drawings and text boxes hold paragraphs of their own; field codes are not text a reader sees.
    private static final Set<String> SKIPPED = Set.of("drawing", "pict", "object", "txbxContent", "instrText",
            "delInstrText");
    private static final Set<String> PROPERTIES = Set.of("pPr", "rPr", "trPr", "tcPr", "tblPr", "sectPr");
    private static final Set<String> CHANGES = Set.of("ins", "del", "moveFrom", "moveTo");

    final List<DocParagraph> paragraphs = new ArrayList<>();
    final Map<String, TextPoint> commentStarts = new HashMap<>();
    final Map<String, TextPoint> commentEnds = new HashMap<>();
    final Map<String, TextPoint> commentReferences = new LinkedHashMap<>();
    /** Comment ids whose range start, end or reference mark appears more than once. */
    final Set<String> repeatedMarks = new HashSet<>();
    int formattingChanges;

    private final Deque<Change> open = new ArrayDeque<>();
    private final Map<String, String> openBookmarks = new LinkedHashMap<>();
    private StringBuilder text;
    private List<Change> changes;
    private String style;
    private String bookmark;
    private int inProperties;

    static DocumentScanner scan(InputStream in) throws XMLStreamException {
        DocumentScanner s = new DocumentScanner();
        XMLStreamReader r = SafeXml.open(in);
        try {
            while (r.hasNext()) {
                int event = SafeXml.next(r);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    s.start(r);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    s.end(r);
                }
            }
        } finally {
            r.close();
        }
        return s;
    }

    private void start(XMLStreamReader r) throws XMLStreamException {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (MC.equals(ns) && name.equals("Fallback")) {
            SafeXml.skip(r);
            return;
        }
        if (!W.equals(ns)) {
            return;
        }
        if (SKIPPED.contains(name)) {
            SafeXml.skip(r);
        } else if (FORMAT_CHANGES.contains(name)) {
            formattingChanges++;
            SafeXml.skip(r);
        } else if (PROPERTIES.contains(name)) {
            inProperties++;
        } else if (inProperties > 0) {
            if (name.equals("pStyle") && text != null) {
                style = SafeXml.attr(r, W, "val");
            }
        } else {
            content(r, name);
        }
    }

    private void content(XMLStreamReader r, String name) throws XMLStreamException {
        switch (name) {
            case "p" -> {
                text = new StringBuilder();
                changes = new ArrayList<>();
                style = "";
                bookmark = openBookmarks.isEmpty() ? null : last(openBookmarks);
            }
            case "t", "delText" -> append(r.getElementText());
            case "tab", "br", "cr" -> append(" ");
            case "noBreakHyphen" -> append("-");
            case "ins", "del", "moveFrom", "moveTo" -> open.push(new Change(0, 0,
                    name.equals("ins") || name.equals("moveTo") ? Change.Kind.INSERTED : Change.Kind.DELETED,
                    SafeXml.attr(r, W, "author"), WordDates.parse(SafeXml.attr(r, W, "date")),
                    name.startsWith("move")));
            case "bookmarkStart" -> {
                String clause = ClauseBookmark.clauseId(SafeXml.attr(r, W, "name"));
                if (clause != null) {
                    openBookmarks.put(SafeXml.attr(r, W, "id"), clause);
                    if (text != null) {
                        bookmark = clause;
                    }
                }
            }
            case "bookmarkEnd" -> {
                // LibreOffice writes a clause's bookmark start twice and ends only one: end the clause, not the id
                String clause = openBookmarks.remove(SafeXml.attr(r, W, "id"));
                if (clause != null) {
                    openBookmarks.values().removeIf(clause::equals);
                }
            }
            case "commentRangeStart" -> mark(commentStarts, SafeXml.attr(r, W, "id"), startPoint());
            case "commentRangeEnd" -> mark(commentEnds, SafeXml.attr(r, W, "id"), endPoint());
            case "commentReference" -> mark(commentReferences, SafeXml.attr(r, W, "id"), endPoint());
            default -> {
            }
        }
    }

    private void mark(Map<String, TextPoint> marks, String id, TextPoint at) {
        if (marks.putIfAbsent(id, at) != null) {
            repeatedMarks.add(id);
        }
    }

    private void end(XMLStreamReader r) {
        if (!W.equals(r.getNamespaceURI())) {
            return;
        }
        String name = r.getLocalName();
        if (PROPERTIES.contains(name)) {
            inProperties--;
        } else if (inProperties == 0 && CHANGES.contains(name) && !open.isEmpty()) {
            open.pop();
        } else if (name.equals("p") && text != null && inProperties == 0) {
            paragraphs.add(new DocParagraph(paragraphs.size(), style, text.toString(), changes, bookmark));
            text = null;
        }
    }

    private void append(String s) throws TextTooLongException {
        if (text == null || s.isEmpty()) {
            return;
        }
        int at = text.length();
        if (at + s.length() > TextLimits.MAX_TEXT_CHARS) {
            throw new TextTooLongException("its paragraph " + (paragraphs.size() + 1) + " (beginning \u201c"
                    + TextLimitCheck.firstWords(text.length() > 0 ? text.toString() : s) + "\u201d)");
        }
        text.append(s);
        Change c = open.peek();
        if (c == null) {
            return;
        }
        Change last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        if (last != null && last.end() == at && last.kind() == c.kind() && last.author().equals(c.author())
                && Objects.equals(last.date(), c.date())) {
            changes.set(changes.size() - 1, new Change(last.start(), text.length(), c.kind(), c.author(), c.date(),
                    c.move()));
        } else {
            changes.add(new Change(at, text.length(), c.kind(), c.author(), c.date(), c.move()));
        }
    }

    private TextPoint startPoint() {
        return text != null ? new TextPoint(paragraphs.size(), text.length()) : new TextPoint(paragraphs.size(), 0);
    }

    private TextPoint endPoint() {
        return text != null ? new TextPoint(paragraphs.size(), text.length())
                : new TextPoint(Math.max(0, paragraphs.size() - 1), -1);
    }

    private static String last(Map<String, String> map) {
        String value = null;
        for (String v : map.values()) {
            value = v;
        }
        return value;
    }
}
