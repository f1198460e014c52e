import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, on loopback, auth on.
 * Usage: CLAIMGRAPH_NEO4J_PASSWORD=… java -cp 'lib/*' Launcher.java <home> <port> [pagecache]
 * The password comes by environment, never argv (which ps shows). Prints
 * "NEO4J_READY bolt://127.0.0.1:<port>" once the database is open, and stops when
 * stdin reaches EOF (its parent went away) or on SIGTERM/SIGINT, so no JVM is orphaned.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher <home> <port> [pagecache, e.g. 64m]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args.length > 2 ? args[2] : "64m";
        String password = System.getenv("CLAIMGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("CLAIMGRAPH_NEO4J_PASSWORD must hold the database password (8+ characters); the launcher never runs without auth");
            System.exit(2);
        }

        // A new store, or one made by an earlier version with auth off, gets the password with
        // Bolt closed, so nobody can race to it with the default neo4j/neo4j.
        if (!passwordApplied(home, password)) {
            DatabaseManagementService setup = builder(home, port, pageCache, false).build();
            try {
                setPassword(setup, password);
            } finally {
                setup.shutdown();
            }
            markApplied(home, password);
        }

        DatabaseManagementService dbms = builder(home, port, pageCache, true).build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            dbms.shutdown();
        }));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        watchParent();
    }

    private static DatabaseManagementServiceBuilder builder(Path home, int port, String pageCache, boolean bolt) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, bolt)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                .setConfig(GraphDatabaseSettings.auth_enabled, true);
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: then it is set.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    /** The marker holds a hash of the password last applied, so a changed password is applied again. */
    private static Path marker(Path home) {
        return home.resolve("claimgraph-auth-applied");
    }

    private static boolean passwordApplied(Path home, String password) throws Exception {
        Path m = marker(home);
        return Files.exists(m) && Files.readString(m, StandardCharsets.UTF_8).trim().equals(digest(password));
    }

    private static void markApplied(Path home, String password) throws Exception {
        Path m = marker(home);
        Files.writeString(m, digest(password) + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(m, PosixFilePermissions.fromString("rw-------"));
    }

    private static String digest(String password) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    /** Blocks until stdin closes, then exits (which runs the shutdown hook). */
    private static void watchParent() {
        try (InputStream in = System.in) {
            byte[] buf = new byte[256];
            while (in.read(buf) >= 0) {
                // Input is ignored; only EOF matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, same as EOF.
        }
        System.exit(0);
    }

    private static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        if (v.endsWith("g")) { mult = 1L << 30; v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("m")) { mult = 1L << 20; v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("k")) { mult = 1L << 10; v = v.substring(0, v.length() - 1); }
        return Long.parseLong(v) * mult;
    }
}
