package org.clausewright.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting at which decisions are taken ("Fourth meeting of the drafting committee").
 *
 * @param date the day it opened, or null when not known
 */
public record Meeting(String id, String title, LocalDate date, String place, Extras extras)
        implements InfoRecord {
    public Meeting {
        Ids.require(id, "meeting");
        Objects.requireNonNull(title, "title");
        place = place == null ? "" : place;
        extras = extras == null ? Extras.NONE : extras;
    }

    public Meeting(String id, String title, LocalDate date, String place) {
        this(id, title, date, place, Extras.NONE);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String kind() {
        return "meeting";
    }

    @Override
    public java.util.Map<String, String> fields() {
        return InfoRecord.fieldsOf("title", title, "date", date == null ? "" : date.toString(), "place", place);
    }
}
