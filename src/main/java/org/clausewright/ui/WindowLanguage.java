package org.clausewright.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.Locale;
import java.util.Optional;

/**
 * The window language as every window of the application shows it: text in a font that has the language's
 * glyphs, and right to left for a language written so. It follows every window JavaFX opens (the main window,
 * dialogs, alerts, the compare and merge windows: every window the main window owns), so no dialog can be
 * forgotten; menus and lists that pop up take both from the control they belong to. Its labels wrap Arabic right
 * ({@link BidiLabelSkin}).
 */
public final class WindowLanguage {
    private final Stage main;
    private static final String FOLLOWED = "clausewright.windowLanguage";
    /** Draws wrapped right-to-left labels a word per text node ({@link BidiLabelSkin}), in every language. */
    private static final String BIDI_LABELS = WindowLanguage.class.getResource("bidi-labels.css").toExternalForm();
    private final LanguageFonts fonts = new LanguageFonts();
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::follow);
        }
    };
    private Optional<String> family = Optional.empty();
    private NodeOrientation orientation = NodeOrientation.LEFT_TO_RIGHT;

    WindowLanguage(Stage main) {
        this.main = main;
        // a closed window's language no longer applies to the windows opened after it (tests open many)
        main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stop());
    }

    /** Right to left for Arabic (and the other languages written so), left to right for the others. */
    public static NodeOrientation orientation(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar", "he", "iw", "fa", "ur" -> NodeOrientation.RIGHT_TO_LEFT;
            default -> NodeOrientation.LEFT_TO_RIGHT;
        };
    }

    /** Makes {@code locale} the language of every window, those open now and those still to come. */
    void use(Locale locale) {
        family = fonts.family(locale);
        orientation = orientation(locale);
        Window.getWindows().removeListener(opened);
        Window.getWindows().addListener(opened);
        Window.getWindows().forEach(this::follow);
        Window.getWindows().stream().filter(this::ownedByMain).forEach(w -> applyTo(w.getScene()));
    }

    /** The fonts chosen per language (the Preferences draw each language's name in its own). */
    LanguageFonts fonts() {
        return fonts;
    }

    void stop() {
        Window.getWindows().removeListener(opened);
    }

    private void follow(Window window) {
        if (window instanceof PopupWindow || !ownedByMain(window) || window.getProperties().get(FOLLOWED) == this) {
            return;
        }
        // a window may outlive the one that followed it before (tests reuse their stage): the latest one decides
        window.getProperties().put(FOLLOWED, this);
        window.sceneProperty().addListener((o, old, scene) -> {
            if (window.getProperties().get(FOLLOWED) == this) {
                applyTo(scene);
            }
        });
        applyTo(window.getScene());
    }

    private boolean ownedByMain(Window window) {
        for (Window w = window; w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == main) {
                return true;
            }
        }
        return false;
    }

    /**
     * Styles {@code scene} now, and its root whenever it is replaced (a change of project or language). The
     * window's own scene is styled so before it is first shown ({@link AppController}): a change of the scene's
     * orientation makes JavaFX style every node at once, and the root's font and stylesheet changed after that
     * make it style every node again, so the orientation comes last and, set before the window is shown, its
     * pass is the first frame's only one.
     */
    void applyTo(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scene.getProperties().get(FOLLOWED) != this) {
            scene.getProperties().put(FOLLOWED, this);
            scene.rootProperty().addListener((o, old, root) -> {
                if (scene.getProperties().get(FOLLOWED) == this) {
                    styleRoot(root);
                }
            });
        }
        styleRoot(scene.getRoot());
        scene.setNodeOrientation(orientation);
    }

    /** Style class of a window whose italics are drawn upright (clausewright.css). */
    static final String UPRIGHT = "upright-script";

    private void styleRoot(Parent root) {
        if (root == null) {
            return;
        }
        String others = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-family:[^;]*;", "").trim();
        root.setStyle(family.map(f -> LanguageFonts.style(f) + " " + others).orElse(others).trim());
        if (!root.getStylesheets().contains(BIDI_LABELS)) {
            root.getStylesheets().add(BIDI_LABELS);
        }
        // Arabic is not written in italics, and DejaVu Sans, the Arabic window's font, has no Arabic letters in its
        // oblique face: an italic Arabic line came out as glyphs of another font, unreadable (Compare's "what changed")
        root.getStyleClass().remove(UPRIGHT);
        if (orientation == NodeOrientation.RIGHT_TO_LEFT) {
            root.getStyleClass().add(UPRIGHT);
        }
    }
}
