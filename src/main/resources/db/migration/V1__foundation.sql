-- PyPrep foundation schema. Flyway owns it; Hibernate only validates.

create table accounts (
    id                   bigserial primary key,
    email                varchar(254) not null,
    display_name         varchar(100) not null,
    password_hash        varchar(200) not null,
    role                 varchar(20)  not null check (role in ('CANDIDATE', 'RECRUITER', 'ADMIN')),
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null default now()
);
create unique index accounts_email_uq on accounts (lower(email));

create table topics (
    slug varchar(60)  primary key,
    name varchar(200) not null
);

create table questions (
    id                 bigserial primary key,
    slug               varchar(120) not null unique,
    kind               varchar(30)  not null check (kind in ('CODING', 'CONCEPT', 'MULTIPLE_CHOICE', 'PREDICT_OUTPUT')),
    current_version_id bigint,
    created_at         timestamptz  not null default now()
);

-- A version is immutable: editing a question file adds a row, it never updates one.
create table question_versions (
    id           bigserial primary key,
    question_id  bigint       not null references questions (id),
    version      int          not null check (version > 0),
    content_hash varchar(64)  not null,
    source_path  varchar(500) not null,
    title        varchar(300) not null,
    kind         varchar(30)  not null,
    level        varchar(10)  not null check (level in ('ENTRY', 'MID', 'SENIOR')),
    prompt_md    text         not null,
    hints        text         not null default '[]',   -- JSON array of Markdown strings
    details      text         not null default '{}',   -- JSON, kind-specific (answers, options, snippet)
    created_at   timestamptz  not null default now(),
    search       tsvector generated always as (to_tsvector('english', title || ' ' || prompt_md)) stored,
    unique (question_id, version)
);
create index question_versions_search on question_versions using gin (search);
create index question_versions_level on question_versions (level);
alter table questions add constraint questions_current_version_fk
    foreign key (current_version_id) references question_versions (id);

create table question_version_topics (
    version_id bigint      not null references question_versions (id),
    topic      varchar(60) not null references topics (slug),
    primary key (version_id, topic)
);
create index question_version_topics_topic on question_version_topics (topic, version_id);

create table coding_specs (
    version_id         bigint primary key references question_versions (id),
    mode               varchar(10)  not null check (mode in ('FUNCTION', 'CLASS', 'STDIN')),
    entry_point        varchar(100) not null,
    starter_code       text         not null,
    reference_solution text         not null,
    driver             text,
    comparator         varchar(20)  not null,
    tolerance          double precision not null,
    time_limit_ms      int          not null check (time_limit_ms > 0),
    memory_mb          int          not null check (memory_mb > 0)
);

create table wrong_solutions (
    id         bigserial primary key,
    version_id bigint       not null references question_versions (id),
    ordinal    int          not null,
    label      varchar(300) not null,
    code       text         not null,
    unique (version_id, ordinal)
);

create table test_cases (
    id         bigserial primary key,
    version_id bigint       not null references question_versions (id),
    ordinal    int          not null,
    name       varchar(200) not null,
    visibility varchar(10)  not null check (visibility in ('SAMPLE', 'HIDDEN')),
    weight     int          not null check (weight > 0),
    input      text         not null,   -- JSON: {"args"|"args_expr"|"ops"|"ops_expr"|"stdin": ...}
    expected   text         not null,   -- JSON; never sent to a sandbox or to a candidate unless SAMPLE
    unique (version_id, ordinal)
);

create table submissions (
    id                  bigserial primary key,
    account_id          bigint      not null references accounts (id),
    question_version_id bigint      not null references question_versions (id),
    purpose             varchar(10) not null check (purpose in ('RUN', 'SUBMIT')),
    code                text        not null,
    custom_input        text,
    status              varchar(10) not null check (status in ('QUEUED', 'RUNNING', 'GRADED')),
    verdict             varchar(30),
    score               int,
    message             text,
    attempts            int         not null default 0,
    graded_count        int         not null default 0,
    lease_owner         varchar(200),
    lease_token         uuid,
    lease_until         timestamptz,
    created_at          timestamptz not null default now(),
    graded_at           timestamptz
);
create index submissions_queue on submissions (created_at) where status <> 'GRADED';
create index submissions_by_account on submissions (account_id, question_version_id, created_at desc);

create table test_results (
    id            bigserial primary key,
    submission_id bigint      not null references submissions (id) on delete cascade,
    test_case_id  bigint      references test_cases (id),
    ordinal       int         not null,
    visibility    varchar(10) not null check (visibility in ('SAMPLE', 'HIDDEN', 'CUSTOM')),
    verdict       varchar(30) not null,
    time_ms       int         not null,
    actual        text,
    stdout        text,
    stderr        text,
    error_type    varchar(100),
    error_message text,
    error_line    int,
    unique (submission_id, ordinal)
);
