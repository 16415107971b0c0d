package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.Ids;

/**
 * The checks every file shares: it is an object, its {@code schemaVersion} is one this program reads, and
 * ids are safe. Files of an older version are read too; each codec upgrades what changed (see
 * {@link ClauseCodec}), and the writer always writes the current version.
 */
final class Schema {
    private Schema() {
    }

    /** The root object's fields, or null when the file cannot be read as this kind of file at all. */
    static Fields open(JsonNode root, Findings findings, String what) {
        Fields fields = Fields.of(root, findings, what);
        if (fields == null) {
            return null;
        }
        if (!fields.has("schemaVersion")) {
            fields.raw("schemaVersion");
            fields.problem(null, "`schemaVersion` is missing (expected " + JsonFormat.SCHEMA_VERSION + ")");
            return fields;
        }
        int before = findings.size();
        int version = fields.integer("schemaVersion");
        if (findings.size() > before) {
            return fields; // not a whole number: said so already
        }
        if (version > JsonFormat.SCHEMA_VERSION) {
            fields.problem("schemaVersion", "schemaVersion " + version + " is newer than this Clausewright reads "
                    + "(up to " + JsonFormat.SCHEMA_VERSION + "): update Clausewright to open it");
            return null;
        }
        if (version < 1) {
            fields.problem("schemaVersion", "schemaVersion " + version + " is not a schema version (expected "
                    + JsonFormat.SCHEMA_VERSION + ")");
        }
        return fields;
    }

    /**
     * The file's schema version, for the codecs' upgrades of older files; the current version when the file does
     * not say (then {@link #open} has reported it already).
     */
    static int versionOf(JsonNode root) {
        JsonNode version = root == null ? null : root.get("schemaVersion");
        if (version == null || !version.isNumber()) {
            return JsonFormat.SCHEMA_VERSION;
        }
        double number = version.doubleValue();
        return number == Math.rint(number) && number >= 1 && number < JsonFormat.SCHEMA_VERSION ? (int) number
                : JsonFormat.SCHEMA_VERSION;
    }

    /** The id at {@code key}, or null (with a finding) when it is not safe to use as a file name. */
    static String id(Fields fields, String key, String what) {
        String id = fields.string(key);
        return checkId(fields, key, id, what);
    }

    static String checkId(Fields fields, String key, String id, String what) {
        if (Ids.isValid(id)) {
            return id;
        }
        if (!id.isEmpty() || fields.has(key)) {
            fields.problem(key, what + " id \"" + id + "\" is not allowed: use 1 to " + Ids.MAX_LENGTH
                    + " lower-case letters, digits or '-'");
        }
        return null;
    }
}
