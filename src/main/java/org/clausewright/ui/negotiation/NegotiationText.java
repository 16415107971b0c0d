package org.clausewright.ui.negotiation;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;
import org.clausewright.model.DecisionKind;
import org.clausewright.model.Meeting;
import org.clausewright.model.ProjectInfo;
import org.clausewright.ui.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The words in which the window shows members, brackets and decisions. */
public final class NegotiationText {
    private final Messages m;
    private final DateTimeFormatter dates;

    public NegotiationText(Messages messages) {
        this.m = messages;
        this.dates = messages.dates(FormatStyle.MEDIUM, null)
                .withZone(ZoneId.systemDefault());
    }

    /** "Ada Lovelace (NOR)" for a member of a delegation; the name alone otherwise. */
    public String member(ProjectInfo info, String name) {
        return info.member(name).filter(mb -> !mb.delegation().isEmpty())
                .map(mb -> m.format("member.withDelegation", name, info.shortNameOf(mb.delegation())))
                .orElse(name);
    }

    /** The brackets of a clause: open ones in text order (typed ones with the id they get), detached, then settled. */
    public List<BracketCard> cards(Clause clause, ProjectInfo info) {
        BracketLayout layout = BracketLayout.of(clause.text(), clause.brackets());
        Set<String> detached = new HashSet<>();
        layout.detached().forEach(b -> detached.add(b.id()));
        List<BracketCard> cards = new ArrayList<>();
        for (Bracket b : clause.brackets()) {
            String state = detached.contains(b.id()) ? m.get("brackets.detached")
                    : switch (b.state()) {
                        case OPEN -> "";
                        case CLEANED -> m.format("brackets.cleaned", label(b.options().get(b.chosen()).text()));
                        case DELETED -> m.get("brackets.deleted");
                    };
            List<BracketCard.OptionCard> options = new ArrayList<>();
            for (int k = 0; k < b.options().size(); k++) {
                BracketOption o = b.options().get(k);
                options.add(new BracketCard.OptionCard(m.format("brackets.option", k + 1, quoted(o.text())),
                        names(info, o.proposedBy()), names(info, o.supportedBy()), names(info, o.opposedBy()),
                        o.note()));
            }
            cards.add(new BracketCard(b.id(), b.id() + " [" + String.join(" / ",
                    b.optionTexts().stream().map(this::label).toList()) + "]", b.isOpen() && !detached.contains(b.id()),
                    detached.contains(b.id()), state, options));
        }
        return cards;
    }

    /** "… cannot be agreed while 2 brackets are open: …": the refusal's words, when the rule has refused. */
    public String openBrackets(Clause clause, ClauseStatus to) {
        BracketLayout layout = BracketLayout.of(clause);
        List<String> open = new ArrayList<>();
        for (int k = 0; k < layout.groups().size(); k++) {
            String id = layout.bracketAt(k).map(Bracket::id).orElse("");
            open.add((id + " " + bracketed(layout.groups().get(k).options())).strip());
        }
        layout.detached().forEach(b -> open.add(m.format("decide.refused.detached",
                b.id() + " " + bracketed(b.optionTexts()))));
        return m.format("decide.refused.open", clause.heading(), m.get("status." + to.key()),
                open.size(), String.join(m.get("decide.refused.separator"), open));
    }

    private String bracketed(List<String> options) {
        return "[" + String.join(" / ", options.stream().map(this::label).toList()) + "]";
    }

    /** One line per decision, latest first: "12 Mar 2026 · Fourth meeting · proposed → agreed · NOR · note · Ada". */
    public List<String> decisions(Clause clause, ProjectInfo info) {
        List<String> lines = new ArrayList<>();
        for (Decision d : clause.decisions()) {
            List<String> parts = new ArrayList<>();
            parts.add(d.time() == null ? m.get("decision.undated") : dates.format(d.time()));
            if (!d.meeting().isEmpty()) {
                parts.add(info.meeting(d.meeting()).map(Meeting::title).orElse(d.meeting()));
            }
            parts.add(what(clause, d));
            if (!d.requestedBy().isEmpty()) {
                parts.add(m.format("decision.requestedBy", info.shortNameOf(d.requestedBy())));
            }
            if (!d.note().isEmpty()) {
                parts.add(d.note());
            }
            if (!d.recordedBy().isEmpty()) {
                parts.add(member(info, d.recordedBy()));
            }
            lines.add(0, String.join(" · ", parts));
        }
        return lines;
    }

    private String what(Clause clause, Decision d) {
        if (d.kind() == DecisionKind.BRACKET_CLEANED) {
            String chosen = clause.bracket(d.bracket()).filter(b -> d.chosen() < b.options().size())
                    .map(b -> label(b.options().get(d.chosen()).text())).orElse(String.valueOf(d.chosen() + 1));
            return m.format("decision.cleaned", d.bracket(), chosen);
        }
        if (d.kind() == DecisionKind.BRACKET_DELETED) {
            return m.format("decision.deleted", d.bracket());
        }
        return m.format("decision.status", m.get("status." + d.from().key()), m.get("status." + d.to().key()));
    }

    private List<String> names(ProjectInfo info, List<String> ids) {
        return ids.stream().map(info::shortNameOf).toList();
    }

    String label(String option) {
        return option.isEmpty() ? m.get("brackets.noText") : option;
    }

    private String quoted(String option) {
        return option.isEmpty() ? m.get("brackets.noText") : m.format("review.quoted", option);
    }
}
