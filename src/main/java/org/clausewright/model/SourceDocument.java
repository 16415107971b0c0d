package org.clausewright.model;

import java.util.Objects;

/** A guideline or framework that clauses draw on (cited by id from {@link Clause#sources()}). */
public record SourceDocument(String id, String title, String citation, String url, Extras extras)
        implements InfoRecord {
    public SourceDocument {
        Ids.require(id, "source");
        Objects.requireNonNull(title, "title");
        citation = citation == null ? "" : citation;
        url = url == null ? "" : url;
        extras = extras == null ? Extras.NONE : extras;
    }

    public SourceDocument(String id, String title, String citation, String url) {
        this(id, title, citation, url, Extras.NONE);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String kind() {
        return "source";
    }

    @Override
    public java.util.Map<String, String> fields() {
        return InfoRecord.fieldsOf("title", title, "citation", citation, "url", url);
    }
}
