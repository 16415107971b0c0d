package org.clausewright.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reference text broken into elements (the Tianjin Guidelines and their ten elements), against which a draft's
 * coverage is shown. A project holds its own copy of each framework it uses (frameworks/ID.json), taken from the
 * library the application ships and editable from then on.
 *
 * @param field  the dual-use field it belongs to (biology, ai, cyber, space), as the templates name them
 * @param year   the year it was issued, 0 when not known
 * @param note   where its element list and numbering were checked
 * @param extras what a newer Clausewright (or a hand edit) put in its file that this one does not know
 */
public record Framework(String id, String title, String shortTitle, String field, int year, String issuedBy,
                        String citation, String url, String note, List<FrameworkElement> elements, Extras extras) {
    public Framework {
        Ids.require(id, "framework");
        Objects.requireNonNull(title, "title");
        shortTitle = shortTitle == null ? "" : shortTitle;
        field = field == null ? "" : field;
        issuedBy = issuedBy == null ? "" : issuedBy;
        citation = citation == null ? "" : citation;
        url = url == null ? "" : url;
        note = note == null ? "" : note;
        elements = List.copyOf(elements);
        Set<String> ids = new HashSet<>();
        for (FrameworkElement e : elements) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("element id \"" + e.id() + "\" is used twice in framework " + id);
            }
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public Optional<FrameworkElement> element(String elementId) {
        return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
    }

    /** The short title where it has one ("Tianjin Guidelines"), for lists and status lines. */
    public String displayTitle() {
        return shortTitle.isEmpty() ? title : shortTitle;
    }
}
