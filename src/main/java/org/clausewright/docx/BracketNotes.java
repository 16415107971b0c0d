package org.clausewright.docx;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.ProjectInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says in the document's language who stands where on a bracket: "Option 1 (“shall”): proposed by NOR,
 * supported by BRA; opposed by CHN." Delegations go by their short names. Used for the footnote at a printed
 * bracket and for the compilation of proposals.
 */
final class BracketNotes {
    private final Messages messages;
    /** Short names by delegation id: thousands of footnotes and compilation rows name the same few. */
    private final Map<String, String> shortNames = new HashMap<>();
    private final String separator;
    private final Layouts layouts;
    /** Names by list of delegations: thousands of options are taken by the same few groups. */
    private final Map<List<String>, String> names = new HashMap<>();
    /** Who stands where, by the option's three lists of delegations. */
    private final Map<List<List<String>>, String> stances = new HashMap<>();

    BracketNotes(Messages messages, ProjectInfo info) {
        this(messages, info, new Layouts());
    }

    /** @param layouts the export's layouts, shared with the compilation */
    BracketNotes(Messages messages, ProjectInfo info, Layouts layouts) {
        this.messages = messages;
        this.layouts = layouts;
        info.delegations().forEach(d -> shortNames.putIfAbsent(d.id(), info.shortNameOf(d.id())));
        this.separator = messages.get("bracket.list");
    }

    /** The clause's brackets as its text shows them, worked out once for the body and the compilation. */
    BracketLayout layout(Clause clause) {
        return layouts.of(clause);
    }

    /** "no text", for an empty option. */
    String noText() {
        return messages.get("bracket.notext");
    }

    /** The option's words in quotation marks, or "no text". */
    String wording(BracketOption option) {
        return option.isNoText() ? noText() : messages.repeated("bracket.quoted", option.text());
    }

    /** The whole footnote for an open bracket, or "" when nobody is named on it and it has no note. */
    String footnote(Bracket bracket) {
        List<String> sentences = new ArrayList<>();
        List<BracketOption> options = bracket.options();
        for (int i = 0; i < options.size(); i++) {
            BracketOption option = options.get(i);
            if (!speaks(option)) {
                continue;
            }
            String stances = stances(option);
            String note = option.note().isBlank() ? "" : messages.repeated("bracket.note", option.note().strip());
            String sentence = bracket.isRetainOrDelete()
                    ? (stances.isEmpty() ? "" : messages.get("bracket.sentence", capitalised(stances)))
                    // the number as text: formatting an Integer makes a NumberFormat per footnote
                    : messages.get("bracket.option", String.valueOf(i + 1), wording(option),
                    stances.isEmpty() ? messages.get("bracket.nobody") : stances);
            sentences.add(note.isEmpty() ? sentence : (sentence.isEmpty() ? note : sentence + " " + note));
        }
        return String.join(" ", sentences);
    }

    /** Whether the bracket's footnote has something to say: a delegation named on an option, or a note. */
    static boolean hasFootnote(Bracket bracket) {
        return bracket.options().stream().anyMatch(BracketNotes::speaks);
    }

    /** Whether an option's sentence is in the footnote: a delegation named on it, or a note. */
    private static boolean speaks(BracketOption option) {
        return !option.proposedBy().isEmpty() || !option.supportedBy().isEmpty() || !option.opposedBy().isEmpty()
                || !option.note().isBlank();
    }

    /** "proposed by NOR, supported by BRA; opposed by CHN", or "" when no delegation is named. */
    String stances(BracketOption option) {
        return stances.computeIfAbsent(List.of(option.proposedBy(), option.supportedBy(), option.opposedBy()),
                lists -> stated(option));
    }

    private String stated(BracketOption option) {
        List<String> forIt = new ArrayList<>();
        if (!option.proposedBy().isEmpty()) {
            forIt.add(messages.repeated("bracket.proposed", names(option.proposedBy())));
        }
        if (!option.supportedBy().isEmpty()) {
            forIt.add(messages.repeated("bracket.supported", names(option.supportedBy())));
        }
        String result = String.join(separator, forIt);
        if (!option.opposedBy().isEmpty()) {
            String against = messages.repeated("bracket.opposed", names(option.opposedBy()));
            result = result.isEmpty() ? against : result + messages.get("bracket.against") + against;
        }
        return result;
    }

    /** Short names, in the order the delegations were named. */
    String names(List<String> delegationIds) {
        return names.computeIfAbsent(delegationIds, this::joined);
    }

    private String joined(List<String> delegationIds) {
        StringBuilder sb = new StringBuilder();
        for (String id : delegationIds) {
            if (!sb.isEmpty()) {
                sb.append(separator);
            }
            sb.append(shortNames.getOrDefault(id, id));
        }
        return sb.toString();
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text
                : text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
    }
}
