import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, on loopback, auth off.
 * Usage: java -cp 'lib/*' Launcher.java <home> <port> [pagecache]
 * Prints "NEO4J_READY bolt://127.0.0.1:<port>" once the database is open, and stops when
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

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();

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
