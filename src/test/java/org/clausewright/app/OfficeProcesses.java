package org.clausewright.app;

import java.util.List;

/** The LibreOffice processes this test run started and that still run: none, once a converter is closed. */
final class OfficeProcesses {
    private OfficeProcesses() {
    }

    static List<String> ours() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(p.info().command().orElse("")))
                .filter(c -> c.contains("soffice")).toList();
    }
}
