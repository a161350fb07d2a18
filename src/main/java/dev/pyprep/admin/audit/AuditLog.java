package dev.pyprep.admin.audit;

import dev.pyprep.system.AuditableEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only audit log: every {@link AuditableEvent} of any module becomes a row (the database refuses updates
 * and deletes), read back filtered and paged for the audit page.
 */
@Component
class AuditLog {

    record Entry(long id, Instant at, Long actorId, String action, String targetType, String targetId, String before,
                 String after) {
    }

    /** Null fields do not filter; {@code action} matches a prefix ("question." for every question action). */
    record Filter(Long actorId, String action, String targetType, String targetId, Instant from, Instant to, int page) {
    }

    record Page(List<Entry> items, long total, int page, int pages) {
    }

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void record(AuditableEvent event) {
        jdbc.sql("""
                        insert into audit_log (at, actor_id, action, target_type, target_id, before, after)
                        values (:at, :actor, :action, :type, :id, :before, :after)""")
                .param("at", Timestamp.from(event.at())).param("actor", event.actorId()).param("action", event.action())
                .param("type", event.targetType()).param("id", event.targetId()).param("before", cut(event.before()))
                .param("after", cut(event.after())).update();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 20_000 ? s : s.substring(0, 20_000) + "...";
    }

    Page find(Filter filter) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.actorId() != null) {
            where.append(" and actor_id = ?");
            params.add(filter.actorId());
        }
        if (filter.action() != null) {
            where.append(" and action like ? escape '!'");
            params.add(filter.action().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.targetType() != null) {
            where.append(" and target_type = ?");
            params.add(filter.targetType());
        }
        if (filter.targetId() != null) {
            where.append(" and target_id = ?");
            params.add(filter.targetId());
        }
        if (filter.from() != null) {
            where.append(" and at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(0, filter.page()), pages - 1);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((long) page * PAGE_SIZE);
        List<Entry> items = jdbc.sql("select * from audit_log" + where + " order by at desc, id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, i) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id"),
                        rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("before"),
                        rs.getString("after")))
                .list();
        return new Page(items, total, page, pages);
    }
}
