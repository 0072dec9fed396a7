package org.newsflow.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Fails early, with the name of the service, when a port the launcher needs is already in use. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(int port, String service, String flag) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (" + service + ") is already in use: stop what "
                    + "listens there or choose another port with " + flag);
        }
    }
}
