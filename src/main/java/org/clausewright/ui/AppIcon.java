package org.clausewright.ui;

import javafx.scene.image.Image;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The application's icon (the same one as the installed menu entry's) in the sizes a desktop picks from for the
 * title bar, the task bar and the window switcher. Without it the window shows a generic icon while the menu
 * shows ours.
 */
final class AppIcon {
    /** Each rendered from icon/clausewright.svg by scripts/render-icons. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** Read in the background (JavaFX's own image loading): the first frame does not wait for them. */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            String name = "icon/clausewright-" + size + ".png";
            String url = Objects.requireNonNull(AppIcon.class.getResource(name), name).toExternalForm();
            images.add(new Image(url, true));
        }
        return images;
    }
}
