-- Grading integrity: room for long exception type names, and a registry of live grading processes so that
-- leftover containers are removed only when the process that started them is gone.
alter table test_results alter column error_type type varchar(200);

create table grading_nodes (
    node_id      varchar(200) primary key,     -- host name plus a random suffix, one per process
    started_at   timestamptz  not null default now(),
    heartbeat_at timestamptz  not null default now()
);
