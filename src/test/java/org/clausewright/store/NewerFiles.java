package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.UnplacedThread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A schema-2 project as a newer Clausewright would write it: every object of every file carries keys this version
 * does not know, with values of every JSON kind, written in the project's own layout.
 */
final class NewerFiles {
    /** The value every added key has: a nested object with a list, a number, text beyond the BMP, null. */
    static final String VALUE = "{\"due\":\"2027-01-31\",\"steps\":[1,2.5,\"三\",{\"ok\":true,\"by\":null}],"
            + "\"mood\":\"🙂 𠀀\"}";

    private NewerFiles() {
    }

    /** Every kind of object there is: delegations, meetings, brackets, decisions, threads, unplaced, frozen. */
    static Project everything() {
        Project small = TestProjects.small();
        Project project = small.withInfo(small.info()
                .withDelegations(List.of(new Delegation("nor", "Norway", "NOR", "WEOG")))
                .withMeetings(List.of(new Meeting("m-1", "First meeting", LocalDate.parse("2026-03-09"), "Geneva"))));
        AnnotationThread stray = AnnotationThread.open("t-00000009", TextAnchor.of("Some context here.", 5, 12),
                AnnotationKind.COMMENT, "Reviewer", Instant.parse("2026-02-01T09:00:00Z"), "Lost note");
        return project.withUnplaced(List.of(new UnplacedThread("review.docx", "Some context here.", stray)))
                .withOutline(project.outline().frozenNow());
    }

    /** Writes {@code project} to {@code dir}, then adds {@code key} to every object of every file. */
    static void write(Project project, Path dir, String key) throws IOException {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        for (Path file : files(dir)) {
            JsonNode root = JsonFormat.read(Files.readAllBytes(file));
            addEverywhere(root, key, "");
            Files.write(file, JsonFormat.write(g -> JsonFormat.writeKept(g, JsonFormat.text(root))));
        }
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".json")).filter(p -> !p.toString().contains(".git"))
                    .sorted().toList();
        }
    }

    private static void addEverywhere(JsonNode node, String key, String pointer) throws IOException {
        if (node.isObject()) {
            // the frozen numbers are maps of id to number, where every key is an id: nothing to add there
            if (pointer.matches(".*/frozen/(parts|sections|clauses)")) {
                return;
            }
            List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                children.add(it.next());
            }
            for (Map.Entry<String, JsonNode> child : children) {
                addEverywhere(child.getValue(), key, pointer + "/" + child.getKey());
            }
            ((ObjectNode) node).set(key, JsonFormat.read(VALUE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                addEverywhere(node.get(i), key, pointer + "/" + i);
            }
        }
    }
}
