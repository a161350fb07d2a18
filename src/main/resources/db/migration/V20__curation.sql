-- Curation in the browser (issue 11): drafts, retirement, validation jobs, uploads, disabled accounts, the audit log.

-- question: a retired question keeps its versions and history but is offered to nobody new
alter table questions add column retired_at timestamptz;

-- question: drafts, invisible to candidates and screens until published
create table question_drafts (
    slug               varchar(120) primary key,
    yaml               text         not null,
    source_path        varchar(500) not null,
    author_id          bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    parse_problem      text,
    parse_line         int,
    validated_hash     varchar(64),
    validation_ok      boolean,
    validation_summary text
);

-- account: a disabled account cannot sign in and its sessions end at their next request
alter table accounts add column disabled_at timestamptz;

-- admin: proving a question in the sandbox, done by a process that runs grading workers
create table validation_jobs (
    id            bigserial primary key,
    purpose       varchar(20)  not null check (purpose in ('DRAFT', 'REVALIDATION')),
    slug          varchar(120) not null,
    yaml          text         not null,
    yaml_hash     varchar(64)  not null,
    sandbox_image varchar(200),
    status        varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE')),
    ok            boolean,
    result        text,
    requested_by  bigint,
    lease_owner   varchar(200),
    lease_until   timestamptz,
    created_at    timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz
);
create index validation_jobs_queue on validation_jobs (created_at) where status <> 'DONE';
create index validation_jobs_by_slug on validation_jobs (slug, purpose, id desc);

-- admin: an uploaded bank (zip or YAML files) waiting to be applied after its preview
create table bank_uploads (
    id         uuid primary key,
    created_by bigint      not null,
    created_at timestamptz not null,
    files      bytea       not null,   -- a zip of the uploaded question files
    applied_at timestamptz
);

-- admin: the audit log, append-only
create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null,
    actor_id    bigint,
    action      varchar(100) not null,
    target_type varchar(50)  not null,
    target_id   varchar(200),
    before      text,
    after       text
);
create index audit_log_at on audit_log (at desc, id desc);
create index audit_log_target on audit_log (target_type, target_id);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each statement execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
