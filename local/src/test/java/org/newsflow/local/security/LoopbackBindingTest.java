package org.newsflow.local.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsflow.local.LocalPipeline;

/** What {@code newsflow local} opens listens on loopback only: another machine cannot connect to any of it. */
@Timeout(180)
class LoopbackBindingTest {

    @Test
    void theBrokerTheRegistryAndBothApisAreReachableOnLoopbackOnly() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "skipped: this machine has no non-loopback IPv4 address to test with");
        try (LocalPipeline pipeline = LocalPipeline.start(LocalPipeline.Options.freePorts())) {
            Map<String, Integer> ports = Map.of(
                    "kafka", pipeline.broker().port(),
                    "registry", pipeline.registry().port(),
                    "ingest", pipeline.ingest().httpPort(),
                    "projections", pipeline.projections().port());
            for (Map.Entry<String, Integer> server : ports.entrySet()) {
                assertThat(connects(InetAddress.getLoopbackAddress(), server.getValue())).as(server.getKey())
                        .isTrue();
                assertThatThrownBy(() -> connect(external.get(), server.getValue()))
                        .as(server.getKey() + " on " + external.get()).isInstanceOf(IOException.class);
            }
        }
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        connect(address, port);
        return true;
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
