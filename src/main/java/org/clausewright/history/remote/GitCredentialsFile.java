package org.clausewright.history.remote;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.transport.URIish;

/**
 * Keeps passwords in ~/.git-credentials, in the format of git's {@code credential-store} (one
 * {@code https://user:password@host} a line, readable by the member alone), for a machine without the git
 * program. Lines for other servers, and lines this class cannot read, are kept as they are.
 */
final class GitCredentialsFile implements CredentialStore {
    private final Path file;

    GitCredentialsFile(Path file) {
        this.file = file;
    }

    @Override
    public Optional<Login> fill(URIish server) throws IOException {
        for (String line : lines()) {
            Optional<Stored> stored = Stored.parse(line);
            if (stored.isPresent() && stored.get().matches(server, server.getUser())) {
                return Optional.of(stored.get().login);
            }
        }
        return Optional.empty();
    }

    @Override
    public void approve(URIish server, Login login) throws IOException {
        List<String> kept = without(server, login.user());
        kept.add(new Stored(server.getScheme(), GitCredentialHelper.host(server), login).line());
        write(kept);
    }

    @Override
    public void reject(URIish server, Login login) throws IOException {
        List<String> before = lines();
        List<String> kept = without(server, login.user());
        if (kept.size() != before.size()) {
            write(kept);
        }
    }

    private List<String> without(URIish server, String user) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : lines()) {
            Optional<Stored> stored = Stored.parse(line);
            if (stored.isEmpty() || !stored.get().matches(server, user)) {
                kept.add(line);
            }
        }
        return kept;
    }

    private List<String> lines() throws IOException {
        return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
    }

    // the passwords never exist on disk readable by others, not even for a moment in the temporary file
    private void write(List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temp, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Stored(String scheme, String host, Login login) {
        static Optional<Stored> parse(String line) {
            try {
                URI uri = new URI(line.strip());
                String info = uri.getRawUserInfo();
                if (uri.getScheme() == null || uri.getHost() == null || info == null || !info.contains(":")) {
                    return Optional.empty();
                }
                int colon = info.indexOf(':');
                String host = uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
                return Optional.of(new Stored(uri.getScheme(), host,
                        new Login(decode(info.substring(0, colon)), decode(info.substring(colon + 1)))));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty(); // not ours to read: kept as it is
            }
        }

        boolean matches(URIish server, String user) {
            return scheme.equalsIgnoreCase(server.getScheme())
                    && host.equalsIgnoreCase(GitCredentialHelper.host(server))
                    && (user == null || user.equals(login.user()));
        }

        String line() {
            return scheme + "://" + encode(login.user()) + ":" + encode(login.password()) + "@" + host;
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String decode(String s) {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
