package org.clausewright.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A discussion on some words of a clause: the opening note, its replies, and whether it is resolved.
 *
 * @param replacement for a {@link AnnotationKind#SUGGESTION}, the words proposed instead of the quote; else ""
 * @param resolution  null while the thread is open
 * @param detached    true when the anchored words could not be found again after the text changed;
 *                    the thread is kept and shown, its anchor left as it was last seen
 */
public record AnnotationThread(String id, TextAnchor anchor, AnnotationKind kind, String author, Instant created,
                               String text, String replacement, List<Reply> replies, Resolution resolution,
                               boolean detached, Extras extras) {
    public AnnotationThread {
        Ids.require(id, "thread");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        text = text == null ? "" : text;
        replacement = replacement == null ? "" : replacement;
        replies = List.copyOf(replies);
        extras = extras == null ? Extras.NONE : extras;
    }

    public AnnotationThread(String id, TextAnchor anchor, AnnotationKind kind, String author, Instant created,
                             String text, String replacement, List<Reply> replies, Resolution resolution,
                             boolean detached) {
        this(id, anchor, kind, author, created, text, replacement, replies, resolution, detached, Extras.NONE);
    }

    public static AnnotationThread open(String id, TextAnchor anchor, AnnotationKind kind, String author,
                                        Instant created, String text) {
        return new AnnotationThread(id, anchor, kind, author, created, text, "", List.of(), null, false);
    }

    /** The kind as its file names it when this version does not know it; {@link #kind()} is how it is handled. */
    public Optional<String> unknownKind() {
        return Optional.ofNullable(extras.word("kind"));
    }

    public boolean isOpen() {
        return resolution == null;
    }

    public AnnotationThread withReply(Reply reply) {
        List<Reply> all = new ArrayList<>(replies);
        all.add(reply);
        return new AnnotationThread(id, anchor, kind, author, created, text, replacement, all, resolution, detached,
                extras);
    }

    public AnnotationThread resolved(Resolution value) {
        return new AnnotationThread(id, anchor, kind, author, created, text, replacement, replies, value, detached,
                extras);
    }

    public AnnotationThread reopened() {
        return resolved(null);
    }

    public AnnotationThread withReplacement(String value) {
        return new AnnotationThread(id, anchor, kind, author, created, text, value, replies, resolution, detached,
                extras);
    }

    /** The thread on other words; what a newer version kept in the anchor stays with it. */
    public AnnotationThread reanchored(TextAnchor value, boolean isDetached) {
        TextAnchor kept = value.extras().isEmpty() ? value.withExtras(anchor.extras()) : value;
        return new AnnotationThread(id, kept, kind, author, created, text, replacement, replies, resolution,
                isDetached, extras);
    }
}
