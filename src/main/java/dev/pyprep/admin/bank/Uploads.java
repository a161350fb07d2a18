package dev.pyprep.admin.bank;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Uploaded question files kept server-side between their preview and Apply (any web process can apply them). */
@Component
class Uploads {

    record Upload(UUID id, long createdBy, Instant createdAt, Map<String, byte[]> files, Instant appliedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Uploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID save(Map<String, byte[]> files, long createdBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into bank_uploads (id, created_by, created_at, files) values (:id, :by, :at, :files)")
                .param("id", id).param("by", createdBy).param("at", Timestamp.from(clock.instant()))
                .param("files", ZipFiles.zip(files)).update();
        return id;
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("select * from bank_uploads where id = :id").param("id", id)
                .query((rs, i) -> new Upload(rs.getObject("id", UUID.class), rs.getLong("created_by"),
                        rs.getTimestamp("created_at").toInstant(), ZipFiles.unzip(rs.getBytes("files"), "the upload"),
                        rs.getTimestamp("applied_at") == null ? null : rs.getTimestamp("applied_at").toInstant()))
                .optional();
    }

    /** Marks the upload applied; false when it already was (a second click). */
    boolean markApplied(UUID id) {
        return jdbc.sql("update bank_uploads set applied_at = :at where id = :id and applied_at is null")
                .param("id", id).param("at", Timestamp.from(clock.instant())).update() == 1;
    }
}
