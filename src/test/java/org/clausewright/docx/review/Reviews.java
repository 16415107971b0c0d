package org.clausewright.docx.review;

import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds reviewed documents and small projects for the import tests, without going through Word. */
final class Reviews {
    static final Instant T0 = Instant.parse("2026-05-02T09:00:00Z");

    private final String fileName;
    private final List<DocParagraph> paragraphs = new ArrayList<>();
    private final List<WordComment> comments = new ArrayList<>();
    private final Map<String, TextPoint> starts = new HashMap<>();
    private final Map<String, TextPoint> ends = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();
    private int formatting;

    Reviews(String fileName) {
        this.fileName = fileName;
    }

    static Reviews file(String name) {
        return new Reviews(name);
    }

    /** A paragraph from segments: plain strings, or {@link #ins}/{@link #del} changes. */
    Reviews paragraph(String bookmark, Object... segments) {
        StringBuilder full = new StringBuilder();
        List<Change> changes = new ArrayList<>();
        for (Object s : segments) {
            if (s instanceof Edit e) {
                changes.add(new Change(full.length(), full.length() + e.text().length(), e.kind(), "Li Wei", T0, false));
                full.append(e.text());
            } else {
                full.append(s);
            }
        }
        paragraphs.add(new DocParagraph(paragraphs.size(), "", full.toString(), changes, bookmark));
        return this;
    }

    Reviews text(Object... segments) {
        return paragraph(null, segments);
    }

    /** Words a reviewer inserted or deleted with track changes on. */
    record Edit(String text, Change.Kind kind) {
    }

    static Edit ins(String text) {
        return new Edit(text, Change.Kind.INSERTED);
    }

    static Edit del(String text) {
        return new Edit(text, Change.Kind.DELETED);
    }

    /** A comment on {@code quote}, found in the last paragraph that contains it. */
    Reviews comment(String id, String quote, String text) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            int at = paragraphs.get(i).full().indexOf(quote);
            if (at >= 0) {
                return comment(id, "Li Wei", T0.plusSeconds(60L * Integer.parseInt(id)), text, "",
                        new TextPoint(i, at), new TextPoint(i, at + quote.length()));
            }
        }
        throw new IllegalArgumentException(quote + " is in no paragraph");
    }

    Reviews comment(String id, String author, Instant date, String text, String parentId, TextPoint start,
                    TextPoint end) {
        comments.add(new WordComment(id, author, "", date, text, "P" + id, parentId.isEmpty() ? "" : "P" + parentId,
                false));
        if (start != null) {
            starts.put(id, start);
            ends.put(id, end);
        }
        return this;
    }

    Reviews reply(String id, String parentId, String author, String text, boolean done) {
        comments.add(new WordComment(id, author, "", T0.plusSeconds(3600), text, "P" + id, "P" + parentId, done));
        return this;
    }

    Reviews formattingChanges(int n) {
        formatting = n;
        return this;
    }

    Reviews property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    ReviewDocument build() {
        return new ReviewDocument(fileName, paragraphs, comments, starts, ends, Map.of(), formatting, properties);
    }

    /** A project with one part holding the given clauses, in order: id, heading, text, id, heading, text… */
    static Project project(String... idHeadingText) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        List<org.clausewright.model.OutlineItem> items = new ArrayList<>();
        for (int i = 0; i < idHeadingText.length; i += 3) {
            clauses.put(idHeadingText[i], Clause.of(idHeadingText[i], idHeadingText[i + 1], idHeadingText[i + 2]));
            items.add(new ClauseRef(idHeadingText[i]));
        }
        return new Project(ProjectInfo.titled("code", "Code"), new Outline(List.of(new Part("p", "Part", items))),
                clauses, Map.of());
    }
}
