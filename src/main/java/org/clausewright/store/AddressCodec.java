package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import org.clausewright.model.Address;
import org.clausewright.model.Extent;
import org.clausewright.model.FrameworkElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A clause's {@code addresses}: the framework elements it answers, each {@code {framework, element, extent}}. Written
 * only when the clause has any, so that the files of projects without frameworks do not change.
 */
final class AddressCodec {
    static final String KEY = "addresses";

    private AddressCodec() {
    }

    static void write(JsonGenerator g, List<Address> addresses) throws IOException {
        if (addresses.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(KEY);
        for (Address a : addresses) {
            g.writeStartObject();
            g.writeStringField("framework", a.framework());
            g.writeStringField("element", a.element());
            JsonFormat.writeValue(g, a.extras(), "extent", a.extent().key());
            JsonFormat.writeExtras(g, a.extras());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static List<Address> read(Fields f) {
        if (!f.has(KEY)) {
            f.raw(KEY);
            return List.of();
        }
        List<Address> result = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Fields a : f.objects(KEY, "an address")) {
            String framework = Schema.id(a, "framework", "framework");
            String element = a.string("element");
            if (!FrameworkElement.isValidId(element)) {
                a.problem("element", "element id \"" + element + "\" is not allowed: use 1 to "
                        + FrameworkElement.MAX_ID_LENGTH + " letters, digits, '.', '-' or '_'");
                element = null;
            }
            Extent extent = extent(a);
            var extras = a.finish();
            if (framework == null || element == null) {
                continue;
            }
            Address address = new Address(framework, element, extent, extras);
            if (!named.add(address.key())) {
                a.problem(null, "the clause names element \"" + element + "\" of \"" + framework
                        + "\" twice: keep one entry (with \"full\" or \"partial\")");
            }
            result.add(address);
        }
        return result;
    }

    // an extent a newer Clausewright added is kept as written and counts as partial: coverage is never overstated
    private static Extent extent(Fields a) {
        String key = a.string("extent");
        return Extent.fromKey(key).orElseGet(() -> {
            if (a.has("extent") && a.raw("extent").isTextual()) {
                a.keepValue("extent", "counted as partial");
            }
            return Extent.PARTIAL;
        });
    }
}
