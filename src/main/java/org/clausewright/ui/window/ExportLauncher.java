package org.clausewright.ui.window;

import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.history.HistoryViewModel;

/** Opens the Export… dialog for the project (the versions come from its history). */
public interface ExportLauncher {
    void open(ProjectViewModel document, HistoryViewModel history);
}
