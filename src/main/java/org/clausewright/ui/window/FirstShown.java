package org.clausewright.ui.window;

import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A tab's view, built the first time the tab is shown (or asked for): a view nobody looks at costs nothing
 * on the way to the first frame, neither its building nor its styling and layout.
 */
final class FirstShown<V> {
    private final Tab tab;
    private final Supplier<V> make;
    private final Function<V, Node> node;
    private V view;

    FirstShown(Tab tab, Supplier<V> make, Function<V, Node> node) {
        this.tab = tab;
        this.make = make;
        this.node = node;
        tab.selectedProperty().addListener((obs, old, selected) -> {
            if (selected) {
                get();
            }
        });
        if (tab.isSelected()) {
            get();
        }
    }

    V get() {
        if (view == null) {
            view = make.get();
            tab.setContent(node.apply(view));
        }
        return view;
    }
}
