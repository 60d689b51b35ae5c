package org.civicgrievance.infra.test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jboss.logging.MDC;

/**
 * The SQL Hibernate sends for one piece of work, for the tests that pin down what a hot path costs
 * (a query added per case then fails a test). Installed in a service under test as its statement
 * inspector ({@code hibernate.session_factory.statement_inspector}); records nothing until a test
 * asks, and then only what it asked for: the statements of one thread, or those sent while the log
 * context names one case (the inbox puts a batch's cases there, and the case of the event it applies),
 * so the background work of other tests is never counted.
 */
public final class StatementLog implements StatementInspector {

    private static final Map<Object, List<String>> RECORDING = new ConcurrentHashMap<>();
    private static final String THREAD = "thread:";

    @Override
    public String inspect(String sql) {
        if (!RECORDING.isEmpty()) {
            record(Thread.currentThread(), sql);
            record(THREAD + Thread.currentThread().getName(), sql);
            // a consumer's batch names its cases (the inbox's query, the commit's flush); one of them is
            // being applied when "caseId" is set as well
            Set<Object> cases = new HashSet<>();
            Object batch = MDC.get("batchCases");
            if (batch != null) {
                cases.addAll(List.of(batch.toString().split(",")));
            }
            Object caseId = MDC.get("caseId");
            if (caseId != null) {
                cases.add(caseId.toString());
            }
            cases.forEach(id -> record(id, sql));
        }
        return sql;
    }

    private static void record(Object key, String sql) {
        List<String> statements = RECORDING.get(key);
        if (statements != null) {
            statements.add(sql.toLowerCase(Locale.ROOT));
        }
    }

    /** The statements the current thread sends while {@code work} runs. */
    public static List<String> ofThisThread(Runnable work) {
        List<String> statements = new CopyOnWriteArrayList<>();
        RECORDING.put(Thread.currentThread(), statements);
        try {
            work.run();
        } finally {
            RECORDING.remove(Thread.currentThread());
        }
        return List.copyOf(statements);
    }

    /** Starts recording what any thread sends on behalf of {@code caseId}; {@link #stop} hands it over. */
    public static void startForCase(String caseId) {
        RECORDING.put(caseId, new CopyOnWriteArrayList<>());
    }

    /** Starts recording what the thread of this name (a service's own worker, say) sends. */
    public static void startForThread(String threadName) {
        RECORDING.put(THREAD + threadName, new CopyOnWriteArrayList<>());
    }

    /** What was recorded for a case id or a thread name since it started, and no more recording. */
    public static List<String> stop(String caseIdOrThreadName) {
        List<String> statements = RECORDING.remove(caseIdOrThreadName);
        if (statements == null) {
            statements = RECORDING.remove(THREAD + caseIdOrThreadName);
        }
        return statements == null ? List.of() : List.copyOf(statements);
    }
}
