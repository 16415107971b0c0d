package org.clausewright.history.remote;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * The https certificates a member trusted for one project, by SHA-256 fingerprint, in the project's own
 * {@code .git/config} ({@code clausewright.trustedCertificate}, one line each): trusted for this repository only,
 * never for the whole computer, and never by turning certificate checks off. Git ignores the section.
 */
final class TrustedCertificates {
    private static final String SECTION = "clausewright";
    private static final String KEY = "trustedCertificate";

    private TrustedCertificates() {
    }

    static Set<String> of(StoredConfig config) {
        Set<String> trusted = new LinkedHashSet<>();
        for (String value : config.getStringList(SECTION, null, KEY)) {
            trusted.add(ServerCertificates.normalised(value));
        }
        return trusted;
    }

    /** Adds the fingerprint the member has just trusted, keeping every other line of the file. */
    static void add(StoredConfig config, String fingerprint) throws IOException {
        if (fingerprint == null) {
            return;
        }
        Set<String> trusted = of(config);
        if (trusted.add(ServerCertificates.normalised(fingerprint))) {
            config.setStringList(SECTION, null, KEY, List.copyOf(trusted));
            config.save();
        }
    }
}
