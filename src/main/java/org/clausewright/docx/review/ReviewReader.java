package org.clausewright.docx.review;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a reviewed .docx into a {@link ReviewDocument}, or refuses it with one sentence. Changes nothing. */
public final class ReviewReader {
    private ReviewReader() {
    }

    public static ReviewDocument read(Path file) throws ReviewFileException {
        return read(file, ReviewPackage.Limits.DEFAULT);
    }

    static ReviewDocument read(Path file, ReviewPackage.Limits limits) throws ReviewFileException {
        try (ReviewPackage pkg = ReviewPackage.open(file, limits)) {
            return read(pkg);
        } catch (ReviewFileException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // anything else a damaged or hostile file provokes in POI or the parser is still a refusal
            throw Refusals.unreadable(file.getFileName().toString(), e);
        } catch (OutOfMemoryError e) {
            // what the reading allocated is garbage once this returns: the program can go on
            throw outOfMemory(file.getFileName().toString(), e);
        }
    }

    static ReviewFileException outOfMemory(String name, OutOfMemoryError e) {
        return new ReviewFileException(name + " could not be imported: it needs more memory than Clausewright may use ("
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB); start Clausewright with more"
                + " (JDK_JAVA_OPTIONS=-Xmx2g), or ask the reviewer to send the review in several files", e);
    }

    private static ReviewDocument read(ReviewPackage pkg) throws IOException, InvalidFormatException,
            ReviewFileException {
        DocumentScanner body = parse(pkg, pkg.main(), DocumentScanner::scan);
        List<WordComment> comments = List.of();
        Optional<PackagePart> commentsPart = pkg.related("/comments");
        if (commentsPart.isPresent()) {
            comments = parse(pkg, commentsPart.get(), CommentsScanner::comments);
            Set<String> paraIds = new HashSet<>();
            comments.forEach(c -> paraIds.add(c.paraId()));
            Map<String, String[]> extended = new HashMap<>();
            Map<String, String> durable = new HashMap<>();
            Map<String, Instant> utc = new HashMap<>();
            Optional<PackagePart> part = pkg.related("/commentsExtended");
            if (part.isPresent()) {
                extended = parse(pkg, part.get(), in -> CommentsScanner.extended(in, paraIds));
            }
            part = pkg.related("/commentsIds");
            if (part.isPresent()) {
                durable = parse(pkg, part.get(), in -> CommentsScanner.durableIds(in, paraIds));
            }
            part = pkg.related("/commentsExtensible");
            if (part.isPresent()) {
                Map<String, String> ids = durable;
                utc = parse(pkg, part.get(), in -> CommentsScanner.utcDates(in, ids.values()));
            }
            comments = CommentsScanner.thread(comments, extended, durable, utc);
        }
        checkIds(pkg.name(), comments, body.repeatedMarks);
        Optional<PackagePart> custom = pkg.customProperties();
        Map<String, String> properties = custom.isEmpty() ? Map.of()
                : parse(pkg, custom.get(), ReviewReader::customProperties);
        return new ReviewDocument(pkg.name(), body.paragraphs, comments, body.commentStarts, body.commentEnds,
                body.commentReferences, body.formattingChanges, properties);
    }

    /** Reads one part with {@code parser}; XML that is not well-formed is refused naming the part and place. */
    private static <T> T parse(ReviewPackage pkg, PackagePart part, PartParser<T> parser) throws IOException,
            ReviewFileException {
        try (InputStream in = pkg.read(part)) {
            return parser.parse(in);
        } catch (XMLStreamException e) {
            throw PartSyntax.refusal(pkg.name(), part.getPartName().getName().substring(1), e);
        }
    }

    @FunctionalInterface
    private interface PartParser<T> {
        T parse(InputStream in) throws XMLStreamException;
    }

    /**
     * Each comment is placed by the range marks that carry its id. When two comments share an id, or one id
     * marks two ranges, which words each comment is about cannot be told: refused rather than guessed.
     */
    private static void checkIds(String name, List<WordComment> comments, Set<String> repeatedMarks)
            throws ReviewFileException {
        Map<String, WordComment> byId = new HashMap<>();
        for (WordComment c : comments) {
            WordComment other = byId.putIfAbsent(c.id(), c);
            if (other != null) {
                throw new ReviewFileException(name + " was refused: two of its comments have the same id " + shown(c.id())
                        + " (" + describe(other) + ", and " + describe(c) + "), so which words each is about cannot be"
                        + " told; ask the reviewer to save it again from Word, or to send the comments another way");
            }
        }
        for (WordComment c : comments) {
            if (repeatedMarks.contains(c.id())) {
                throw new ReviewFileException(name + " was refused: the range of " + describe(c) + " (id "
                        + shown(c.id()) + ") is marked more than once, so which words it is about cannot be told;"
                        + " ask the reviewer to save it again from Word");
            }
        }
    }

    private static String describe(WordComment c) {
        return "the comment by " + TextLimitCheck.firstWords(ThreadFactory.author(c.author())) + " beginning \u201c"
                + TextLimitCheck.firstWords(c.text()) + "\u201d";
    }

    private static String shown(String id) {
        return "\u201c" + TextLimitCheck.firstWords(id) + "\u201d";
    }

    private static Map<String, String> customProperties(InputStream in) throws XMLStreamException {
        Map<String, String> result = new HashMap<>();
        XMLStreamReader r = SafeXml.open(in);
        try {
            String name = null;
            while (r.hasNext()) {
                int event = SafeXml.next(r);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("property")) {
                        name = SafeXml.attr(r, "name");
                    } else if (name != null) {
                        // only the properties the import reads: a hostile file may hold millions of others
                        if (ReviewDocument.PROPERTIES.contains(name)) {
                            result.put(name, r.getElementText());
                        }
                        name = null;
                    }
                }
            }
        } finally {
            r.close();
        }
        return result;
    }
}
