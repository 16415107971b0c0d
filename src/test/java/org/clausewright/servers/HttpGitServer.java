package org.clausewright.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Smart HTTP on loopback as a real host serves it: git's own {@code git http-backend} (CGI) behind Debian's
 * lighttpd, started as the test's user with its own configuration in a temporary folder, asking for basic
 * authentication against a plain user file.
 */
public final class HttpGitServer implements AutoCloseable {
    private static final String BACKEND = "/usr/lib/git-core/git-http-backend";
    private final Path repositories;
    private final int port;
    private final Process process;
    private final Path certificate;

    private HttpGitServer(Path repositories, int port, Process process, Path certificate) {
        this.repositories = repositories;
        this.port = port;
        this.process = process;
        this.certificate = certificate;
    }

    public static HttpGitServer start(Path dir, String user, String password) throws IOException,
            InterruptedException {
        return start(dir, user, password, false);
    }

    /**
     * The same server speaking https (lighttpd's mod_openssl) with a self-signed certificate made by openssl for
     * 127.0.0.1: one that no authority vouches for, as an organisation's own server often has.
     */
    public static HttpGitServer startTls(Path dir, String user, String password) throws IOException,
            InterruptedException {
        return start(dir, user, password, true);
    }

    private static HttpGitServer start(Path dir, String user, String password, boolean tls) throws IOException,
            InterruptedException {
        Path lighttpd = Programs.require("/usr/sbin/lighttpd", "lighttpd");
        Programs.require(BACKEND, "git");
        Path repositories = Files.createDirectories(dir.resolve("repositories"));
        Path www = Files.createDirectories(dir.resolve("www"));
        Path users = dir.resolve("users");
        Files.writeString(users, user + ":" + password + "\n");
        int port = Programs.freePort();
        Path log = dir.resolve("error.log");
        Path config = dir.resolve("lighttpd.conf");
        Path certificate = tls ? selfSigned(dir) : null;
        String modules = tls ? ", \"mod_openssl\")" : ")";
        String https = tls ? String.join("\n", "ssl.engine = \"enable\"",
                "ssl.pemfile = \"" + certificate + "\"",
                "ssl.privkey = \"" + dir.resolve("key.pem") + "\"", "") : "";
        Files.writeString(config, https + String.join("\n",
                "server.document-root = \"" + www + "\"",
                "server.port = " + port,
                "server.bind = \"127.0.0.1\"",
                "server.errorlog = \"" + log + "\"",
                "server.modules = (\"mod_auth\", \"mod_authn_file\", \"mod_alias\", \"mod_setenv\", \"mod_cgi\""
                        + modules,
                "alias.url = (\"/git/\" => \"" + BACKEND + "/\")",
                "cgi.assign = (\"\" => \"\")",
                "setenv.add-environment = (\"GIT_PROJECT_ROOT\" => \"" + repositories + "\","
                        + " \"GIT_HTTP_EXPORT_ALL\" => \"1\")",
                "auth.backend = \"plain\"",
                "auth.backend.plain.userfile = \"" + users + "\"",
                "auth.require = (\"/git/\" => (\"method\" => \"basic\", \"realm\" => \"committee\","
                        + " \"require\" => \"valid-user\"))",
                ""));
        Process process = new ProcessBuilder(lighttpd.toString(), "-D", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lighttpd.out").toFile()).start();
        Programs.awaitListening(process, port, log);
        return new HttpGitServer(repositories, port, process, certificate);
    }

    private static Path selfSigned(Path dir) throws IOException, InterruptedException {
        Programs.requireFile("/usr/lib/lighttpd/mod_openssl.so", "lighttpd-mod-openssl");
        Programs.require("/usr/bin/openssl", "openssl");
        Path certificate = dir.resolve("certificate.pem");
        Programs.run(dir, List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", dir.resolve("key.pem").toString(), "-out", certificate.toString()));
        return certificate;
    }

    /** The certificate's SHA-256 fingerprint as openssl prints it ({@code AB:CD:…}). */
    public String certificateFingerprint() throws IOException, InterruptedException {
        String out = Programs.run(null, List.of("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in",
                certificate.toString()));
        return out.strip().substring(out.indexOf('=') + 1);
    }

    /** A new bare repository served at the returned URL. */
    public String newRepository(String name) throws IOException, InterruptedException {
        BareRepositories.create(repositories.resolve(name + ".git"));
        return url(name);
    }

    public String url(String name) {
        return (certificate == null ? "http" : "https") + "://127.0.0.1:" + port + "/git/" + name + ".git";
    }

    public Path repository(String name) {
        return repositories.resolve(name + ".git");
    }

    /**
     * Stops the server in its tracks (SIGSTOP): connections wait, as on a slow or stalled network, until
     * {@link #carryOn}. The test holds a real exchange this way, not a stand-in for git.
     */
    public void hold() throws IOException, InterruptedException {
        Programs.run(null, List.of("kill", "-STOP", Long.toString(process.pid())));
    }

    public void carryOn() throws IOException, InterruptedException {
        Programs.run(null, List.of("kill", "-CONT", Long.toString(process.pid())));
    }

    @Override
    public void close() throws InterruptedException {
        Programs.stop(process);
    }
}
