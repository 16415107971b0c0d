package org.clausewright.app;

import org.clausewright.model.Clause;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineNumber;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds what a member names on the command line: a clause by id or by the number the outline shows ("2.3 bis"),
 * a meeting by id, a delegation by id or short name. A name that finds nothing is refused with what exists,
 * so the member can pick again without opening the files.
 */
public final class ClauseLookup {
    private final Project project;

    public ClauseLookup(Project project) {
        this.project = project;
    }

    /** The clause whose id is {@code ref}, else the one numbered {@code ref} in the draft. */
    public Clause clause(String ref) {
        String given = ref == null ? "" : ref.strip();
        Optional<Clause> byId = project.clause(given);
        if (byId.isPresent()) {
            return byId.get();
        }
        Optional<OutlineNumber> number = OutlineNumber.parse(given);
        Numbering numbering = project.outline().numbering();
        if (number.isPresent()) {
            for (String id : project.outline().clauseIds()) {
                if (numbering.of(id).equals(number) && project.clause(id).isPresent()) {
                    return project.clause(id).get();
                }
            }
            for (var deleted : numbering.deletedClauses()) {
                if (deleted.getValue().equals(number.get())) {
                    throw new IllegalArgumentException("clause " + given + " was deleted from the draft (its number"
                            + " stays unused); its id was \"" + deleted.getKey() + "\"");
                }
            }
        }
        List<String> numbered = numbering.numberedClauseIds();
        String range = numbered.isEmpty() ? "the draft has no numbered clause"
                : "the draft numbers its clauses " + numbering.label(numbered.get(0)) + " to "
                + numbering.label(numbered.get(numbered.size() - 1));
        throw new IllegalArgumentException("no clause has the id or number \"" + given + "\": " + range
                + " (`clausewright outline` lists them with their numbers; a clause in the library is named by id)");
    }

    /** The meeting {@code id}, or "" for none. */
    public String meeting(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        ProjectInfo info = project.info();
        if (info.meeting(id.strip()).isPresent()) {
            return id.strip();
        }
        String known = info.meetings().isEmpty() ? "the project lists no meetings"
                : "the meetings are " + info.meetings().stream().map(ClauseLookup::describe)
                .collect(Collectors.joining("; "));
        throw new IllegalArgumentException("no meeting has the id \"" + id.strip() + "\": " + known);
    }

    /** The id of the delegation named {@code name} by id or short name (in any case), or "" for none. */
    public String delegation(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String given = name.strip();
        ProjectInfo info = project.info();
        if (info.delegation(given).isPresent()) {
            return given;
        }
        List<Delegation> byShortName = info.delegations().stream()
                .filter(d -> d.shortName().toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT))).toList();
        if (byShortName.size() == 1) {
            return byShortName.get(0).id();
        }
        String known = info.delegations().isEmpty() ? "the project lists no delegations"
                : "the delegations are " + info.delegations().stream().map(d -> d.id() + " (" + d.shortName() + ")")
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException((byShortName.isEmpty() ? "no delegation has the id or short name \""
                : "several delegations have the short name \"") + given + "\": " + known);
    }

    private static String describe(Meeting m) {
        return m.id() + " (" + m.title() + (m.date() == null ? "" : ", " + m.date()) + ")";
    }
}
