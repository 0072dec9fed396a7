package org.newsflow.runtime.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;

/**
 * Where a server listens, and whether that reaches beyond this machine. Servers bind to loopback unless told
 * otherwise; binding further without authentication is allowed but said out loud in the log.
 */
public final class BindAddress {

    public static final String LOOPBACK = "127.0.0.1";

    private BindAddress() {
    }

    /** True for 127.0.0.0/8, ::1 and names resolving only there, such as {@code localhost}. */
    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host.replace("[", "").replace("]", ""));
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * True for {@code localhost}, {@code *.localhost} and loopback IP literals, without asking DNS: for names
     * taken from a request, which must not trigger lookups.
     */
    public static boolean isLoopbackName(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.strip().toLowerCase(java.util.Locale.ROOT).replace("[", "").replace("]", "");
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-f:]+") || !(h.contains(".") || h.contains(":"))) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // an IP literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Logs a warning when {@code server} listens beyond loopback without authentication. */
    public static void warnIfExposed(Logger log, String server, String host, int port, boolean authenticated) {
        if (!authenticated && !isLoopback(host)) {
            log.warn("{} listens on {}:{} beyond loopback WITHOUT authentication: anyone who can reach this "
                    + "machine can use it (see the README's Security section)", server, host, port);
        }
    }
}
