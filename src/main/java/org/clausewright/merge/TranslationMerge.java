package org.clausewright.merge;

import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.DraftTitles;
import org.clausewright.model.Extras;
import org.clausewright.model.Relocation;
import org.clausewright.model.SourceStamp;
import org.clausewright.model.Translation;
import org.clausewright.model.Translations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The translations merged by language and clause id, as clause text is: the text word by word, words both sites
 * changed differently becoming a bracket of the two wordings (attributed to each side, as in a clause), the bracket
 * records by id. A heading changed differently at both is listed and holds ours. The source a translation was made
 * from follows the text: when both sites changed it differently the merged text renders neither source exactly, so
 * the base's stamp stands (none, when both added it) and the translation shows as outdated until confirmed.
 */
final class TranslationMerge {
    private TranslationMerge() {
    }

    static Translations merge(Translations base, Translations ours, Translations theirs,
                              Predicate<String> clauseKept, MergeLog log) {
        Set<String> languages = new TreeSet<>(base.languages());
        languages.addAll(ours.languages());
        languages.addAll(theirs.languages());
        List<Translation> result = new ArrayList<>();
        for (String language : languages) {
            Set<String> ids = new TreeSet<>(base.in(language).keySet());
            ids.addAll(ours.in(language).keySet());
            ids.addAll(theirs.in(language).keySet());
            for (String id : ids) {
                Translation merged = one(base.in(language).get(id), ours.in(language).get(id),
                        theirs.in(language).get(id), log);
                // a translation goes with its clause, unless a site changed it: then it is kept, never lost
                if (merged != null && (clauseKept.test(id) || !merged.equals(base.in(language).get(id)))) {
                    result.add(merged);
                }
            }
        }
        Translations merged = Translations.of(result);
        Set<String> titled = new TreeSet<>(base.allTitles().keySet());
        titled.addAll(ours.allTitles().keySet());
        titled.addAll(theirs.allTitles().keySet());
        for (String language : titled) {
            // one small file of titles, rarely edited at two sites at once: the changed side's, ours when both changed
            DraftTitles t = ThreeWay.pick(base.allTitles().get(language), ours.allTitles().get(language),
                    theirs.allTitles().get(language));
            merged = t == null ? merged : merged.withTitles(t);
        }
        return merged;
    }

    /**
     * The comments on the translation as a union by id (one site's review import never loses the other's), each
     * re-found in the merged text as a clause's are.
     */
    private static List<AnnotationThread> threads(Translation b, Translation o, Translation t, String text) {
        List<AnnotationThread> all = ThreeWay.unionById(b.threads(), o.threads(), t.threads(), AnnotationThread::id,
                (base, ours, theirs) -> ThreeWay.pick(base, ours, theirs));
        List<AnnotationThread> placed = new ArrayList<>(all.size());
        for (AnnotationThread thread : all) {
            Relocation r = AnchorRelocator.relocate(thread.anchor(), text);
            placed.add(thread.reanchored(r.anchor(), r.isDetached()));
        }
        return placed;
    }

    private static Translation one(Translation b, Translation o, Translation t, MergeLog log) {
        if (o == null || t == null) {
            Translation present = o == null ? t : o;
            // deleted at one site: gone when the other left it as it was, kept when it changed it
            return present == null || present.equals(b) ? null : present;
        }
        if (o.equals(t) || t.equals(b)) {
            return o;
        }
        if (o.equals(b)) {
            return t;
        }
        Translation base = b != null ? b : new Translation(o.clauseId(), o.language(), "", "", List.of(),
                new SourceStamp("", ""), o.extras());
        String id = o.clauseId();
        if (ThreeWay.conflicts(base.heading(), o.heading(), t.heading())) {
            log.conflict(MergeConflict.Kind.TRANSLATION_HEADING, id, o.language(), base.heading(), o.heading(),
                    t.heading());
        }
        String heading = ThreeWay.pick(base.heading(), o.heading(), t.heading());
        List<Bracket> records = new ArrayList<>(BracketRecords.merge(base.brackets(), o.brackets(), t.brackets()));
        Set<String> taken = new HashSet<>();
        records.forEach(r -> taken.add(r.id()));
        StringBuilder text = new StringBuilder();
        for (TextMerge.Chunk chunk : TextMerge.merge(base.text(), o.text(), t.text())) {
            if (chunk instanceof TextMerge.Chunk.Agreed agreed) {
                text.append(agreed.text());
            } else if (chunk instanceof TextMerge.Chunk.Disputed dispute) {
                Bracket bracket = BracketMaker.make(id + "-" + o.language(), dispute, log.ours, log.theirs, taken);
                taken.add(bracket.id());
                records.add(bracket);
                text.append(bracket.asText());
            }
        }
        SourceStamp madeFrom = ThreeWay.conflicts(base.madeFrom(), o.madeFrom(), t.madeFrom()) ? base.madeFrom()
                : ThreeWay.pick(base.madeFrom(), o.madeFrom(), t.madeFrom());
        Map<String, String> keys = new LinkedHashMap<>(t.extras().keys());
        keys.putAll(o.extras().keys());
        String merged = text.toString();
        return new Translation(id, o.language(), heading, merged, records, madeFrom,
                new Extras(keys, o.extras().values()), threads(base, o, t, merged)).reconciled();
    }
}
