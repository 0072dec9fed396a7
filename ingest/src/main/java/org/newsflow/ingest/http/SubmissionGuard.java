package org.newsflow.ingest.http;

import java.net.URI;
import java.util.Locale;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.runtime.http.BearerTokens;

/**
 * Decides whether a {@code POST /articles} may write. With tokens configured only a request carrying one of them
 * gets through (401 otherwise). Without a token, requests a web page could send are refused (403): a foreign
 * {@code Origin} or a cross-site {@code Sec-Fetch-Site} (a {@code text/plain} post needs no CORS preflight, so the
 * browser would deliver it), and, on a loopback server, a {@code Host} that is not a loopback name (DNS
 * rebinding: a page whose own name points at 127.0.0.1).
 */
public final class SubmissionGuard {

    /** The answer: allowed, or refused with a status and a reason. */
    public record Decision(int status, String reason) {
        static final Decision ALLOWED = new Decision(0, null);

        public boolean allowed() {
            return status == 0;
        }
    }

    private final BearerTokens tokens;
    private final boolean loopbackServer;

    public SubmissionGuard(BearerTokens tokens, boolean loopbackServer) {
        this.tokens = tokens;
        this.loopbackServer = loopbackServer;
    }

    public boolean tokenRequired() {
        return tokens.required();
    }

    public Decision check(String authorization, String origin, String secFetchSite, String host) {
        if (tokens.required()) {
            // A browser cannot attach the header cross-origin without a CORS preflight, which is never granted.
            return tokens.accepts(authorization) ? Decision.ALLOWED
                    : new Decision(401, "A valid bearer token is required: Authorization: Bearer <token>");
        }
        if (origin != null && !sameOrigin(origin, host)) {
            return new Decision(403, "Cross-origin posts are refused (Origin " + origin + ")");
        }
        if (secFetchSite != null && !secFetchSite.equalsIgnoreCase("same-origin")
                && !secFetchSite.equalsIgnoreCase("none")) {
            return new Decision(403, "Cross-site posts are refused (Sec-Fetch-Site " + secFetchSite + ")");
        }
        if (loopbackServer && !BindAddress.isLoopbackName(hostName(host))) {
            return new Decision(403, "This server answers loopback names only, not Host " + host);
        }
        return Decision.ALLOWED;
    }

    /** {@code Origin: http://h:p} against {@code Host: h:p} (default ports filled in). */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equalsIgnoreCase("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            URI hostUri = URI.create("http://" + host);
            int hostPort = hostUri.getPort() != -1 ? hostUri.getPort() : port;
            return uri.getHost().toLowerCase(Locale.ROOT).equals(
                    String.valueOf(hostUri.getHost()).toLowerCase(Locale.ROOT)) && port == hostPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String hostName(String host) {
        if (host == null) {
            return null;
        }
        try {
            return URI.create("http://" + host).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
