package org.civicgrievance.infra.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test suite real Kafka and a real database (embedded MariaDB) instead of Dev
 * Services, which need Docker.
 *
 * <p>Register it once for the whole module, naming the service's database:
 * <pre>{@code
 * @QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false,
 *         initArgs = @ResourceArg(name = "database", value = "intake"))
 * }</pre>
 * The servers start once per JVM, whatever number of test profiles make Quarkus call
 * {@link #start()} and {@link #stop()}, and stop when the JVM exits. Their state lives in
 * {@code target/infrastructure} of the module under test. Tests that want to talk to Kafka or
 * the database directly can use the static accessors.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg: the database to create and point the datasource at, e.g. {@code intake}. */
    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String value = initArgs.get(DATABASE_ARG);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs the init arg '"
                    + DATABASE_ARG + "', e.g. @ResourceArg(name = \"database\", value = \"intake\")");
        }
        this.database = value.trim();
    }

    @Override
    public Map<String, String> start() {
        String workDir = Path.of(System.getProperty("user.dir"), "target", "infrastructure").toString();
        call("start", workDir, database);
        Map<String, String> details = connectionDetails();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.username", details.get(SharedInfrastructure.USERNAME));
        config.put("quarkus.datasource.password", details.get(SharedInfrastructure.PASSWORD));
        config.put("kafka.bootstrap.servers", details.get(SharedInfrastructure.KAFKA_BOOTSTRAP_SERVERS));
        return config;
    }

    /** Nothing to do: the servers outlive this call and stop with the JVM (see class comment). */
    @Override
    public void stop() {
    }

    /** Kafka bootstrap servers of the running infrastructure, e.g. to produce or consume in a test. */
    public static String kafkaBootstrapServers() {
        return connectionDetails().get(SharedInfrastructure.KAFKA_BOOTSTRAP_SERVERS);
    }

    /** Connector/J URL of one database on the running server. */
    public static String jdbcUrl(String database) {
        return (String) call("jdbcUrl", database);
    }

    public static String username() {
        return connectionDetails().get(SharedInfrastructure.USERNAME);
    }

    public static String password() {
        return connectionDetails().get(SharedInfrastructure.PASSWORD);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> connectionDetails() {
        return (Map<String, String>) call("connectionDetails");
    }

    /** Calls {@link SharedInfrastructure} as loaded by the system class loader, so all class loaders share one. */
    private static Object call(String methodName, String... args) {
        Class<?>[] parameterTypes = new Class<?>[args.length];
        Arrays.fill(parameterTypes, String.class);
        try {
            Method method = sharedClass().getMethod(methodName, parameterTypes);
            return method.invoke(null, (Object[]) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + SharedInfrastructure.class.getName() + "." + methodName, e);
        }
    }

    private static Class<?> sharedClass() {
        try {
            return Class.forName(SharedInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            // Not on the system class path (some IDE runners): share within this class loader only.
            return SharedInfrastructure.class;
        }
    }
}
