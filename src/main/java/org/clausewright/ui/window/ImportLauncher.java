package org.clausewright.ui.window;

import org.clausewright.ui.ProjectViewModel;

/** Starts File ▸ Import review… for the project: file chooser, preview, confirmation, import. */
public interface ImportLauncher {
    void open(ProjectViewModel document);
}
