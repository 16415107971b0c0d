package org.clausewright.store;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Category;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.Delegation;
import org.clausewright.model.DraftTitles;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Reply;
import org.clausewright.model.Section;
import org.clausewright.model.SourceDocument;
import org.clausewright.model.TextLimits;
import org.clausewright.model.Translation;
import org.clausewright.model.UnplacedThread;

import java.util.List;
import java.util.Locale;

/**
 * The writer's side of {@link TextLimits}: every text it is about to write is checked before the first byte
 * goes to disk, so a project never holds a file that this or another Clausewright cannot read back. The
 * refusal names the clause or thread, the field and the limit.
 */
final class TextLimitCheck {
    private TextLimitCheck() {
    }

    /** "`text` is 1,200,000 characters long; a field holds at most 1,000,000: shorten it". */
    static String tooLong(String field, int length) {
        return "`" + field + "` is " + count(length) + " characters long; a field holds at most "
                + count(TextLimits.MAX_TEXT_CHARS) + ": shorten it";
    }

    static void titles(DraftTitles t) throws TextTooLongException {
        String who = "the " + t.language() + " titles";
        check(who, "title", t.title());
        check(who, "subtitle", t.subtitle());
        for (String title : t.parts().values()) {
            check(who, "parts", title);
        }
        for (String title : t.sections().values()) {
            check(who, "sections", title);
        }
    }

    static void translation(Translation t) throws TextTooLongException {
        String who = "the " + t.language() + " translation of clause \"" + t.clauseId() + "\"";
        check(who, "heading", t.heading());
        check(who, "text", t.text());
        for (Bracket b : t.brackets()) {
            for (BracketOption o : b.options()) {
                check(who + ", bracket \"" + b.id() + "\"", "text", o.text());
                check(who + ", bracket \"" + b.id() + "\"", "note", o.note());
            }
        }
    }

    static void framework(Framework fw) throws TextTooLongException {
        String who = "framework \"" + fw.id() + "\"";
        check(who, "title", fw.title());
        check(who, "citation", fw.citation());
        check(who, "note", fw.note());
        for (FrameworkElement e : fw.elements()) {
            check(who + ", element \"" + e.id() + "\"", "title", e.title());
            check(who + ", element \"" + e.id() + "\"", "summary", e.summary());
        }
    }

    static void clause(Clause c) throws TextTooLongException {
        String who = "clause \"" + c.id() + "\"";
        check(who, "heading", c.heading());
        check(who, "text", c.text());
        check(who, "category", c.category());
        check(who, "tags", c.tags());
        check(who, "rationale", c.rationale());
        check(who, "sources", c.sources());
        check(who, "alternativeOf", c.alternativeOf());
        for (Bracket b : c.brackets()) {
            for (BracketOption o : b.options()) {
                check(who + ", bracket \"" + b.id() + "\"", "text", o.text());
                check(who + ", bracket \"" + b.id() + "\"", "note", o.note());
            }
        }
        for (Decision d : c.decisions()) {
            check(who + ", decision \"" + d.id() + "\"", "recordedBy", d.recordedBy());
            check(who + ", decision \"" + d.id() + "\"", "note", d.note());
        }
    }

    static void threads(String clauseId, List<AnnotationThread> threads) throws TextTooLongException {
        for (AnnotationThread t : threads) {
            thread("thread \"" + t.id() + "\" on clause \"" + clauseId + "\"", t);
        }
    }

    static void unplaced(List<UnplacedThread> items) throws TextTooLongException {
        for (UnplacedThread item : items) {
            String who = "unplaced thread \"" + item.thread().id() + "\"";
            check(who, "source", item.source());
            check(who, "context", item.context());
            thread(who, item.thread());
        }
    }

    private static void thread(String who, AnnotationThread t) throws TextTooLongException {
        check(who, "author", t.author());
        check(who, "text", t.text());
        check(who, "replacement", t.replacement());
        check(who, "quote", t.anchor().quote());
        check(who, "prefix", t.anchor().prefix());
        check(who, "suffix", t.anchor().suffix());
        for (Reply r : t.replies()) {
            String reply = "reply \"" + r.id() + "\" in " + who;
            check(reply, "author", r.author());
            check(reply, "text", r.text());
        }
        if (t.resolution() != null) {
            check(who, "by", t.resolution().by());
        }
    }

    static void info(ProjectInfo info) throws TextTooLongException {
        String who = ProjectPaths.PROJECT;
        check(who, "title", info.title());
        check(who, "subtitle", info.subtitle());
        for (Member m : info.members()) {
            check(who + ", member", "name", m.name());
            check(who + ", member \"" + m.name() + "\"", "affiliation", m.affiliation());
            check(who + ", member \"" + m.name() + "\"", "role", m.role());
            check(who + ", member \"" + m.name() + "\"", "initials", m.initials());
        }
        for (Category c : info.categories()) {
            check(who + ", category \"" + c.id() + "\"", "name", c.name());
        }
        for (SourceDocument s : info.sources()) {
            String source = who + ", source \"" + s.id() + "\"";
            check(source, "title", s.title());
            check(source, "citation", s.citation());
            check(source, "url", s.url());
        }
        for (Delegation d : info.delegations()) {
            check(who + ", delegation \"" + d.id() + "\"", "name", d.name());
            check(who + ", delegation \"" + d.id() + "\"", "shortName", d.shortName());
            check(who + ", delegation \"" + d.id() + "\"", "group", d.group());
        }
        for (Meeting m : info.meetings()) {
            check(who + ", meeting \"" + m.id() + "\"", "title", m.title());
            check(who + ", meeting \"" + m.id() + "\"", "place", m.place());
        }
    }

    static void outline(Outline outline) throws TextTooLongException {
        for (Part part : outline.parts()) {
            check("part \"" + part.id() + "\"", "title", part.title());
            for (OutlineItem item : part.items()) {
                if (item instanceof Section section) {
                    check("section \"" + section.id() + "\"", "title", section.title());
                }
            }
        }
    }

    private static void check(String who, String field, List<String> values) throws TextTooLongException {
        for (String value : values) {
            check(who, field, value);
        }
    }

    private static void check(String who, String field, String value) throws TextTooLongException {
        if (!TextLimits.fits(value)) {
            throw new TextTooLongException(who + ": " + tooLong(field, value.length()) + " (nothing was saved)");
        }
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
