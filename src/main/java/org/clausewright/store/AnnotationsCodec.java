package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Extras;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** annotations/&lt;clause id&gt;.json: the threads on one clause. */
final class AnnotationsCodec {
    private AnnotationsCodec() {
    }

    /** The decoded file: the clause it says it belongs to, its threads, and what a newer version added. */
    record ClauseThreads(String clauseId, List<AnnotationThread> threads, Extras extras) {
    }

    static byte[] encode(String clauseId, List<AnnotationThread> threads) {
        return encode(clauseId, threads, Extras.NONE);
    }

    static byte[] encode(String clauseId, List<AnnotationThread> threads, Extras extras) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeStringField("clause", clauseId);
            g.writeArrayFieldStart("threads");
            for (AnnotationThread t : threads) {
                writeThread(g, t);
            }
            g.writeEndArray();
            JsonFormat.writeExtras(g, extras);
            g.writeEndObject();
        });
    }

    static void writeThread(JsonGenerator g, AnnotationThread t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        JsonFormat.writeValue(g, t.extras(), "kind", t.kind().key());
        g.writeStringField("author", t.author());
        g.writeStringField("created", t.created().toString());
        TextAnchor a = t.anchor();
        g.writeObjectFieldStart("anchor");
        g.writeStringField("quote", a.quote());
        g.writeStringField("prefix", a.prefix());
        g.writeStringField("suffix", a.suffix());
        g.writeNumberField("start", a.start());
        g.writeNumberField("end", a.end());
        JsonFormat.writeExtras(g, a.extras());
        g.writeEndObject();
        g.writeBooleanField("detached", t.detached());
        g.writeStringField("text", t.text());
        g.writeStringField("replacement", t.replacement());
        g.writeArrayFieldStart("replies");
        for (Reply r : t.replies()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("author", r.author());
            g.writeStringField("time", r.time().toString());
            g.writeStringField("text", r.text());
            JsonFormat.writeExtras(g, r.extras());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (t.resolution() == null) {
            g.writeNullField("resolved");
        } else {
            g.writeObjectFieldStart("resolved");
            g.writeStringField("by", t.resolution().by());
            g.writeStringField("at", t.resolution().at().toString());
            JsonFormat.writeExtras(g, t.resolution().extras());
            g.writeEndObject();
        }
        JsonFormat.writeExtras(g, t.extras());
        g.writeEndObject();
    }

    static ClauseThreads decode(JsonNode root, Findings findings) {
        Fields f = Schema.open(root, findings, "an annotations file");
        if (f == null) {
            return null;
        }
        String clauseId = Schema.id(f, "clause", "clause");
        List<AnnotationThread> threads = new ArrayList<>();
        for (Fields t : f.objects("threads", "a thread")) {
            AnnotationThread thread = thread(t);
            if (thread != null) {
                threads.add(thread);
            }
        }
        Extras extras = f.finish();
        return clauseId == null ? null : new ClauseThreads(clauseId, threads, extras);
    }

    static AnnotationThread thread(Fields t) {
        String id = Schema.id(t, "id", "thread");
        String kindKey = t.string("kind");
        AnnotationKind kind = AnnotationKind.fromKey(kindKey).orElse(null);
        if (kind == null && t.has("kind") && t.raw("kind").isTextual() && !kindKey.isEmpty()) {
            // a kind a newer version added: a note on the words, like a comment, under its own name
            kind = AnnotationKind.COMMENT;
            t.keepValue("kind", "handled as a comment and shown as \"" + kindKey + "\"");
        } else if (kind == null) {
            t.problem("kind", "`kind` must be one of " + AnnotationKind.allKeys() + ", not \"" + kindKey + "\"");
        }
        String author = t.string("author");
        Instant created = t.instant("created");
        TextAnchor anchor = anchor(t.object("anchor", "an anchor"));
        boolean detached = t.bool("detached", false);
        String text = t.optionalString("text", "");
        String replacement = t.optionalString("replacement", "");
        List<Reply> replies = new ArrayList<>();
        for (Fields r : t.objects("replies", "a reply")) {
            String rid = Schema.id(r, "id", "reply");
            Reply reply = rid == null ? null : new Reply(rid, r.string("author"), r.instant("time"), r.string("text"),
                    r.finish());
            if (reply != null) {
                replies.add(reply);
            }
        }
        Fields resolved = t.object("resolved", "`resolved`");
        Resolution resolution = null;
        if (resolved != null) {
            String by = resolved.string("by");
            Instant at = resolved.instant("at");
            resolution = new Resolution(by, at, resolved.finish());
        }
        Extras extras = t.finish();
        if (id == null || kind == null || anchor == null) {
            return null;
        }
        return new AnnotationThread(id, anchor, kind, author, created, text, replacement, replies, resolution,
                detached, extras);
    }

    private static TextAnchor anchor(Fields a) {
        if (a == null) {
            return null;
        }
        String quote = a.string("quote");
        String prefix = a.optionalString("prefix", "");
        String suffix = a.optionalString("suffix", "");
        int start = a.integer("start");
        int end = a.integer("end");
        Extras extras = a.finish();
        if (start < 0 || end < start) {
            a.problem("start", "the anchor's `start` (" + start + ") and `end` (" + end + ") are not a range");
            return null;
        }
        return new TextAnchor(quote, prefix, suffix, start, end, extras);
    }
}
