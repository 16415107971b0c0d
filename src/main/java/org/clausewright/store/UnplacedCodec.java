package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Extras;
import org.clausewright.model.UnplacedThread;

import java.util.ArrayList;
import java.util.List;

/** unplaced.json: review threads that no clause could be found for, with the text they were written on. */
final class UnplacedCodec {
    private UnplacedCodec() {
    }

    /** The decoded file: its threads, and what a newer version added at its top. */
    record Unplaced(List<UnplacedThread> items, Extras extras) {
    }

    static byte[] encode(List<UnplacedThread> items) {
        return encode(items, Extras.NONE);
    }

    static byte[] encode(List<UnplacedThread> items, Extras extras) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeArrayFieldStart("items");
            for (UnplacedThread item : items) {
                g.writeStartObject();
                g.writeStringField("source", item.source());
                g.writeStringField("context", item.context());
                g.writeFieldName("thread");
                AnnotationsCodec.writeThread(g, item.thread());
                JsonFormat.writeExtras(g, item.extras());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonFormat.writeExtras(g, extras);
            g.writeEndObject();
        });
    }

    static Unplaced decode(JsonNode root, Findings findings) {
        Fields f = Schema.open(root, findings, "the unplaced threads file");
        if (f == null) {
            return null;
        }
        List<UnplacedThread> items = new ArrayList<>();
        for (Fields item : f.objects("items", "an unplaced thread")) {
            String source = item.string("source");
            String context = item.string("context");
            Fields t = item.object("thread", "a thread");
            AnnotationThread thread = t == null ? null : AnnotationsCodec.thread(t);
            Extras extras = item.finish();
            if (thread != null) {
                items.add(new UnplacedThread(source, context, thread, extras));
            }
        }
        return new Unplaced(items, f.finish());
    }
}
