package org.clausewright.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's own, when it is a packaged build. */
final class VersionInfo implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionInfo.class.getPackage().getImplementationVersion();
        return new String[]{"Clausewright " + (version == null ? "(development build)" : version)};
    }
}
