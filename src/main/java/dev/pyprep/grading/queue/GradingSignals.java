package dev.pyprep.grading.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells processes about the queue as it happens, through PostgreSQL's LISTEN/NOTIFY: a new submission wakes an idle
 * worker in any grading process at once (polling stays as the fallback), and a graded one releases the requests that
 * wait for its verdict in any web process. Notifications are sent inside the transaction, so they arrive on commit.
 */
@Component
public class GradingSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GradingSignals.class);
    static final String QUEUED = "pyprep_queued";
    static final String GRADED = "pyprep_graded";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private volatile Runnable onQueued = () -> { };
    private volatile boolean running;
    private Thread listener;

    GradingSignals(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    void onQueued(Runnable wake) {
        this.onQueued = wake;
    }

    /** Within the submitting transaction: workers everywhere hear of it when it commits. */
    public void queued() {
        jdbc.sql("select pg_notify('" + QUEUED + "', '')").query().singleRow();
    }

    /**
     * Within the storing transaction: waiters everywhere hear of it when it commits. This process's own waiters are
     * released right at the commit, before the listeners of the graded event run (their work is not the verdict).
     */
    void graded(long submissionId) {
        jdbc.sql("select pg_notify('" + GRADED + "', :id)").param("id", String.valueOf(submissionId)).query().singleRow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    release(submissionId);
                }
            });
        }
    }

    /**
     * Blocks (a virtual thread, cheaply) until the submission is reported graded or the time is up. The caller reads
     * the submission afterwards either way; register before reading its status, so that no signal is missed.
     */
    public Waiter waiter(long submissionId) {
        CompletableFuture<Void> future = waiting.computeIfAbsent(submissionId, id -> new CompletableFuture<>());
        return timeout -> {
            try {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // the caller reads the current state
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                waiting.remove(submissionId, future);
            }
        };
    }

    /** Waits for one submission's verdict. */
    @FunctionalInterface
    public interface Waiter {
        void await(Duration timeout);
    }

    private void release(long submissionId) {
        CompletableFuture<Void> f = waiting.remove(submissionId);
        if (f != null) {
            f.complete(null);
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon(true).name("grading-signals").start(this::listen);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + QUEUED);
                statement.execute("listen " + GRADED);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        if (QUEUED.equals(n.getName())) {
                            onQueued.run();
                        } else if (GRADED.equals(n.getName())) {
                            release(Long.parseLong(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.debug("Listening for grading notifications failed (polling covers it; retrying): {}", e.getMessage());
                    try {
                        Thread.sleep(2_000);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
