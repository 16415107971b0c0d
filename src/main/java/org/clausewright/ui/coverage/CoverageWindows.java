package org.clausewright.ui.coverage;

import javafx.stage.Window;
import org.clausewright.model.Framework;
import org.clausewright.ui.ProjectViewModel;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The coverage and frameworks windows of one main window, made when first asked for and closed with it (another
 * project, another language).
 */
public final class CoverageWindows {
    private final ProjectViewModel document;
    private final Supplier<Window> owner;
    private final Callable<List<Framework>> library;
    private CoverageWindow coverage;
    private FrameworksWindow frameworks;

    public CoverageWindows(ProjectViewModel document, Supplier<Window> owner, Callable<List<Framework>> library) {
        this.document = document;
        this.owner = owner;
        this.library = library;
    }

    /** View ▸ Coverage. */
    public void showCoverage() {
        if (coverage == null) {
            coverage = new CoverageWindow(new CoverageViewModel(document), owner.get());
        }
        coverage.show();
    }

    /** Project ▸ Frameworks…. */
    public void showFrameworks() {
        if (frameworks == null) {
            frameworks = new FrameworksWindow(new FrameworksViewModel(document, library), owner.get());
        }
        frameworks.show();
    }

    public void close() {
        if (coverage != null) {
            coverage.close();
        }
        if (frameworks != null) {
            frameworks.close();
        }
    }
}
