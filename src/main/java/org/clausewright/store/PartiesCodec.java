package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import org.clausewright.model.Delegation;
import org.clausewright.model.Extras;
import org.clausewright.model.Meeting;
import org.clausewright.model.ProjectInfo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code delegations} and {@code meetings} of project.json (schema 2). A schema-1 file has neither: it reads
 * as a negotiation with no parties yet.
 */
final class PartiesCodec {
    private PartiesCodec() {
    }

    static void write(JsonGenerator g, ProjectInfo info) throws IOException {
        g.writeArrayFieldStart("delegations");
        for (Delegation d : info.delegations()) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("name", d.name());
            g.writeStringField("shortName", d.shortName());
            g.writeStringField("group", d.group());
            JsonFormat.writeExtras(g, d.extras());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("meetings");
        for (Meeting m : info.meetings()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            g.writeStringField("title", m.title());
            if (m.date() == null) {
                g.writeNullField("date");
            } else {
                g.writeStringField("date", m.date().toString());
            }
            g.writeStringField("place", m.place());
            JsonFormat.writeExtras(g, m.extras());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static List<Delegation> delegations(Fields project) {
        List<Delegation> result = new ArrayList<>();
        if (absent(project, "delegations")) {
            return result;
        }
        Set<String> ids = new HashSet<>();
        for (Fields d : project.objects("delegations", "a delegation")) {
            String id = Schema.id(d, "id", "delegation");
            String name = d.string("name");
            if (name.isBlank() && d.has("name")) {
                d.problem("name", "a delegation needs a name");
            }
            String shortName = d.optionalString("shortName", "");
            String group = d.optionalString("group", "");
            Extras extras = d.finish();
            if (id != null && !ids.add(id)) {
                d.problem("id", "delegation id \"" + id + "\" is used twice");
            } else if (id != null) {
                result.add(new Delegation(id, name, shortName, group, extras));
            }
        }
        return result;
    }

    static List<Meeting> meetings(Fields project) {
        List<Meeting> result = new ArrayList<>();
        if (absent(project, "meetings")) {
            return result;
        }
        Set<String> ids = new HashSet<>();
        for (Fields m : project.objects("meetings", "a meeting")) {
            String id = Schema.id(m, "id", "meeting");
            String title = m.string("title");
            LocalDate date = m.optionalDate("date");
            String place = m.optionalString("place", "");
            Extras extras = m.finish();
            if (id != null && !ids.add(id)) {
                m.problem("id", "meeting id \"" + id + "\" is used twice");
            } else if (id != null) {
                result.add(new Meeting(id, title, date, place, extras));
            }
        }
        return result;
    }

    // Absent in a schema-1 file, and in one written by hand before the committee listed any party.
    private static boolean absent(Fields project, String key) {
        if (project.has(key)) {
            return false;
        }
        project.raw(key);
        return true;
    }
}
