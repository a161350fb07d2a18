package dev.pyprep.grading.queue;

import dev.pyprep.grading.GradingStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry of grading processes: each one registers its node id when it starts and beats every few seconds. A
 * node is gone when its heartbeat is old and it holds no unexpired lease.
 */
@Component
public class GradingNodes {

    private final JdbcClient jdbc;

    GradingNodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void beat(String node, String status) {
        jdbc.sql("""
                        insert into grading_nodes (node_id, status) values (:node, :status)
                        on conflict (node_id) do update set heartbeat_at = now(), status = :status""")
                .param("node", node).param("status", status == null ? null : status.substring(0, Math.min(400, status.length())))
                .update();
    }

    /** Nodes that beat within {@code within}, with what they last said of themselves. */
    public List<GradingStatus.Node> alive(Duration within) {
        return jdbc.sql("""
                        select node_id, status, started_at, heartbeat_at from grading_nodes
                        where heartbeat_at > now() - make_interval(secs => :secs) order by started_at""")
                .param("secs", (double) within.toMillis() / 1000)
                .query((rs, i) -> new GradingStatus.Node(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
                .list();
    }

    void leave(String node) {
        jdbc.sql("delete from grading_nodes where node_id = :node").param("node", node).update();
    }

    /**
     * Registered nodes that are gone: silent for longer than {@code silence} and holding no unexpired lease. Processes
     * that never registered (the bank validator, benchmarks) are not in this set: their containers are theirs.
     */
    Set<String> gone(Duration silence) {
        List<String> nodes = jdbc.sql("""
                        select n.node_id from grading_nodes n
                        where n.heartbeat_at < now() - make_interval(secs => :secs)
                          and not exists (select 1 from submissions s
                                          where s.lease_owner = n.node_id and s.status = 'RUNNING' and s.lease_until > now())""")
                .param("secs", (double) silence.toMillis() / 1000).query(String.class).list();
        return new HashSet<>(nodes);
    }

    /** Forgets nodes silent for a day (their containers are long gone). */
    void forgetSilentFor(Duration silence) {
        jdbc.sql("delete from grading_nodes where heartbeat_at < now() - make_interval(secs => :secs)")
                .param("secs", (double) silence.toSeconds()).update();
    }
}
