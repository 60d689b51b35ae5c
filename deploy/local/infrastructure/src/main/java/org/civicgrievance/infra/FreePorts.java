package org.civicgrievance.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Asks the kernel for a port that is free on the loopback interface right now. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * There is a short window between closing the probe socket and the server binding the port;
     * callers that must not lose that race retry with a fresh port.
     */
    static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on 127.0.0.1", e);
        }
    }
}
