package org.civicgrievance.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks done before any service starts, so a clash is reported plainly rather than in a service log. */
final class Ports {

    private Ports() {
    }

    /** A port free on all interfaces right now (Quarkus binds 0.0.0.0 in its prod profile). */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
    }

    static void requireFree(int port, GrievanceService service) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " for " + service.moduleName() + " is already in use."
                    + " Stop whatever uses it, or choose another port with " + service.portVariable() + "=<port>.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check port " + port, e);
        }
    }
}
