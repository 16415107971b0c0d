package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.Extras;
import org.clausewright.model.Languages;
import org.clausewright.model.SourceStamp;
import org.clausewright.model.TextLimits;
import org.clausewright.model.Translation;

import java.util.ArrayList;
import java.util.List;

/**
 * translations/&lt;language&gt;/&lt;clause id&gt;.json: one clause in one target language. Laid out as a clause file
 * is (text one paragraph a line, then its bracket records), with the source it was made from before the text, so that
 * confirming a translation changes the two lines of {@code madeFrom} and nothing else. Comments a review made on the
 * translation's words follow as {@code threads}, laid out as in an annotations file, and only when there are some.
 */
final class TranslationCodec {
    private TranslationCodec() {
    }

    static byte[] encode(Translation t) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeStringField("clause", t.clauseId());
            g.writeStringField("language", t.language());
            g.writeObjectFieldStart("madeFrom");
            g.writeStringField("sourceHash", t.madeFrom().hash());
            g.writeStringField("version", t.madeFrom().version());
            JsonFormat.writeExtras(g, t.madeFrom().extras());
            g.writeEndObject();
            g.writeStringField("heading", t.heading());
            ClauseCodec.writeStrings(g, "text", t.paragraphs());
            BracketCodec.write(g, t.brackets());
            if (!t.threads().isEmpty()) {
                // only when a review commented on the translation: every other file stays as it was
                g.writeArrayFieldStart("threads");
                for (AnnotationThread thread : t.threads()) {
                    AnnotationsCodec.writeThread(g, thread);
                }
                g.writeEndArray();
            }
            JsonFormat.writeExtras(g, t.extras());
            g.writeEndObject();
        });
    }

    static Translation decode(JsonNode root, Findings findings) {
        Fields f = Schema.open(root, findings, "a translation file");
        if (f == null) {
            return null;
        }
        String clauseId = Schema.id(f, "clause", "clause");
        String language = f.string("language");
        if (!Languages.isValidTag(language)) {
            f.problem("language", "`language` \"" + language + "\" is not a language tag such as fr, ar or zh-CN");
            language = null;
        }
        SourceStamp madeFrom = madeFrom(f);
        String heading = f.string("heading");
        List<String> paragraphs = f.strings("text");
        String text = String.join("\n", paragraphs);
        if (!TextLimits.fits(text) && paragraphs.stream().allMatch(TextLimits::fits)) {
            f.problem("text", TextLimitCheck.tooLong("text", text.length()));
        }
        List<Bracket> brackets = BracketCodec.read(f);
        List<AnnotationThread> threads = new ArrayList<>();
        if (f.has("threads")) {
            for (Fields t : f.objects("threads", "a thread")) {
                AnnotationThread thread = AnnotationsCodec.thread(t);
                if (thread != null) {
                    threads.add(thread);
                }
            }
        }
        Extras extras = f.finish();
        if (clauseId == null || language == null) {
            return null;
        }
        // brackets typed by hand get their records as a clause's do
        return new Translation(clauseId, language, heading, text, brackets, madeFrom, extras, threads).reconciled();
    }

    private static SourceStamp madeFrom(Fields f) {
        Fields stamp = f.object("madeFrom", "the source the translation was made from");
        if (stamp == null) {
            return new SourceStamp("", "");
        }
        // any hash is read: one this version did not write (a hand edit, a newer way of hashing) only ever compares
        // unequal, so the translation shows as outdated, which a member can confirm
        String hash = stamp.string("sourceHash");
        String version = stamp.optionalString("version", "");
        return new SourceStamp(hash, version, stamp.finish());
    }
}
