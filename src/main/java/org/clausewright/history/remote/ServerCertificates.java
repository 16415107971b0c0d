package org.clausewright.history.remote;

import java.io.IOException;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;
import org.eclipse.jgit.transport.http.JDKHttpConnectionFactory;

/**
 * Which https certificates one operation trusts: those the system trusts (the JDK's authorities), and besides them
 * only the certificates the member trusted for this repository, each by its SHA-256 fingerprint. Any other
 * certificate is refused and remembered for the message, never accepted silently. A certificate trusted this way
 * stands for the server whatever name it carries (a self-signed certificate often names another host). JGit's own
 * {@code http.sslVerify=false} is left as JGit does it.
 */
final class ServerCertificates extends JDKHttpConnectionFactory {
    private final Set<String> trusted;
    private volatile CertificateRefusal refusal;

    /** @param trusted fingerprints as {@link #fingerprint} writes them */
    ServerCertificates(Set<String> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    /** The certificate last refused, if one was. */
    CertificateRefusal refusal() {
        return refusal;
    }

    @Override
    public HttpConnectionFactory2.GitSession newSession() {
        HttpConnectionFactory2.GitSession jgit = super.newSession();
        return new HttpConnectionFactory2.GitSession() {
            @Override
            public HttpConnection configure(HttpConnection connection, boolean sslVerify)
                    throws IOException, GeneralSecurityException {
                URL url = connection.getURL();
                if (!sslVerify || !"https".equalsIgnoreCase(url.getProtocol())) {
                    return jgit.configure(connection, sslVerify);
                }
                String server = "https://" + url.getHost() + ":" + (url.getPort() < 0 ? 443 : url.getPort());
                connection.configure(null, new TrustManager[] {new Trust(server)}, null);
                connection.setHostnameVerifier(new Names());
                return connection;
            }

            @Override
            public void close() {
                jgit.close();
            }
        };
    }

    /** {@code AB:CD:…}: the SHA-256 of the certificate's DER encoding, as openssl and browsers show it. */
    static String fingerprint(Certificate certificate) throws CertificateEncodingException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A fingerprint as a member may paste it (lower case, with or without colons, "SHA256:" before it). */
    static String normalised(String fingerprint) {
        String hex = fingerprint.strip().toUpperCase(Locale.ROOT).replaceFirst("^SHA-?256[:= ]*(FINGERPRINT=)?", "")
                .replace(":", "");
        if (!hex.matches("[0-9A-F]{64}")) {
            return fingerprint.strip();
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }

    private boolean trusted(Certificate certificate) throws CertificateEncodingException {
        return trusted.contains(fingerprint(certificate));
    }

    /** The system's authorities first; then the member's own trust, by fingerprint. */
    private final class Trust implements X509TrustManager {
        private final String server;
        private final X509TrustManager system;

        Trust(String server) throws GeneralSecurityException {
            this.server = server;
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            X509TrustManager found = null;
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    found = x509;
                }
            }
            if (found == null) {
                throw new GeneralSecurityException("this Java has no X.509 trust manager");
            }
            this.system = found;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain.length > 0 && trusted(chain[0])) {
                return;
            }
            try {
                system.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                if (chain.length > 0) {
                    refusal = new CertificateRefusal(server, fingerprint(chain[0]));
                }
                throw e;
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a git client does not check client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return system.getAcceptedIssuers();
        }
    }

    /** The name check of https, except for a certificate the member trusted as such. */
    private final class Names implements HostnameVerifier {
        private final HostnameVerifier system = HttpsURLConnection.getDefaultHostnameVerifier();

        @Override
        public boolean verify(String host, SSLSession session) {
            try {
                Certificate[] chain = session.getPeerCertificates();
                return chain.length > 0 && trusted(chain[0]) || system.verify(host, session);
            } catch (SSLPeerUnverifiedException | CertificateEncodingException e) {
                return false;
            }
        }
    }
}
