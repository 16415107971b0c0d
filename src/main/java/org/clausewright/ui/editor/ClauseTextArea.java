package org.clausewright.ui.editor;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A clause text in a RichTextFX area: annotated words and [bracketed] wording highlighted. Typing goes
 * to the view model; text coming back from it (undo) replaces only the part that differs, so the caret
 * stays where the member was.
 */
final class ClauseTextArea {
    private final StyleClassedTextArea area = new StyleClassedTextArea() {
        @Override
        public CharacterHit hit(double x, double y) {
            // clicks and drags beside a right-to-left line land at the end the member is nearest
            CharacterHit hit = super.hit(x, y);
            return directions == null ? hit : directions.besideLine(hit, x, y);
        }
    };
    private ParagraphDirections directions;
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private boolean pushing;
    private boolean styledWords;
    private List<Highlight> marks = List.of();

    ClauseTextArea(ClauseEditorViewModel model, org.clausewright.ui.ProjectViewModel document) {
        this(model.textProperty(), model.textProperty()::set, model.editableProperty(), model.highlightsProperty());
        area.setId("clause-text");
        area.selectionProperty().addListener((obs, old, range) -> {
            document.selectionStartProperty().set(range.getStart());
            document.selectionEndProperty().set(range.getEnd());
        });
    }

    /**
     * An area showing {@code text} and giving the member's typing to {@code typed} while {@code editable}, with
     * {@code highlights} drawn: the clause's own, or one side of a clause and its translation.
     */
    ClauseTextArea(ObservableValue<String> text, java.util.function.Consumer<String> typed,
                   ObservableBooleanValue editable,
                   ObservableValue<List<Highlight>> highlights) {
        area.setWrapText(true);
        // the project's command stack is the one undo history; the area's own would fight it
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.getStyleClass().add("clause-text");
        directions = ParagraphDirections.install(area, scroll);
        area.editableProperty().bind(editable);
        show(text.getValue());
        text.addListener((obs, old, value) -> show(value));
        area.textProperty().addListener((obs, old, value) -> {
            if (!pushing) {
                typed.accept(value);
            }
            // right-to-left words need their runs cut again as the text changes, whether or not the highlights do
            if (styledWords || !BidiWords.starts(value).isEmpty()) {
                style(marks);
            }
        });
        highlights.addListener((obs, old, list) -> style(list));
        style(highlights.getValue());
    }

    Node node() {
        return scroll;
    }

    StyleClassedTextArea area() {
        return area;
    }

    private void show(String text) {
        String current = area.getText();
        if (current.equals(text)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(current.length(), text.length());
        while (prefix < max && current.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && current.charAt(current.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        int end = current.length() - suffix;
        int delta = text.length() - current.length();
        int anchor = kept(area.getAnchor(), prefix, end, delta);
        int caret = kept(area.getCaretPosition(), prefix, end, delta);
        pushing = true;
        try {
            area.replaceText(prefix, end, text.substring(prefix, text.length() - suffix));
            // the area puts the caret after the replaced words; the member's caret stays on its own words
            area.selectRange(anchor, caret);
        } finally {
            pushing = false;
        }
    }

    /** Where a position before the change [from, to) is after it: words inserted before it push it along. */
    private static int kept(int position, int from, int to, int delta) {
        if (position <= from) {
            return position;
        }
        return position >= to ? position + delta : to + delta;
    }

    private void style(List<Highlight> highlights) {
        marks = highlights;
        int length = area.getLength();
        if (length == 0) {
            styledWords = false;
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>(Set.of(0, length));
        for (Highlight h : highlights) {
            cuts.add(Math.min(h.start(), length));
            cuts.add(Math.min(h.end(), length));
        }
        TreeMap<Integer, String> words = BidiWords.starts(area.getText());
        styledWords = !words.isEmpty();
        cuts.addAll(words.keySet());
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                Set<String> classes = new TreeSet<>();
                for (Highlight h : highlights) {
                    if (h.start() <= from && h.end() >= cut) {
                        classes.add(h.styleClass());
                    }
                }
                Map.Entry<Integer, String> word = words.floorEntry(from);
                if (word != null && !word.getValue().isEmpty()) {
                    classes.add(word.getValue());
                }
                spans.add(classes, cut - from);
            }
            from = cut;
        }
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
    }
}
