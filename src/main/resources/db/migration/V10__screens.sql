-- Timed screens: a recruiter's (or, for a mock interview, a candidate's own) set of pinned question versions,
-- the invites sent for it, and each invite's one attempt with its autosaved answers. All times are UTC.
create table screens (
    id                 bigserial primary key,
    owner_id           bigint       not null references accounts (id),
    kind               varchar(10)  not null check (kind in ('RECRUITER', 'MOCK')),
    title              varchar(200) not null,
    instructions_md    text         not null default '',
    time_limit_minutes int          not null check (time_limit_minutes between 1 and 600),
    pass_mark          int          not null default 60 check (pass_mark between 0 and 100),
    shuffled           boolean      not null default false,
    hints_allowed      boolean      not null default false,
    show_score         boolean      not null default false,
    status             varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    created_at         timestamptz  not null,
    published_at       timestamptz
);
create index screens_by_owner on screens (owner_id, kind, created_at desc);

create table screen_questions (
    id          bigserial primary key,
    screen_id   bigint      not null references screens (id) on delete cascade,
    position    int         not null,
    question_id bigint      not null,
    slug        varchar(200) not null,
    version_id  bigint      not null,
    points      int         not null check (points between 1 and 1000),
    unique (screen_id, question_id)
);

create table screen_invites (
    id            bigserial primary key,
    screen_id     bigint       not null references screens (id),
    email         varchar(320) not null,
    token_hash    bytea        not null unique,
    status        varchar(10)  not null check (status in ('INVITED', 'OPENED', 'STARTED', 'SUBMITTED', 'EXPIRED', 'REVOKED')),
    expires_at    timestamptz  not null,
    extra_minutes int          not null default 0 check (extra_minutes >= 0),
    created_at    timestamptz  not null,
    sent_at       timestamptz
);
create index screen_invites_by_screen on screen_invites (screen_id, created_at);

create table screen_attempts (
    id             bigserial primary key,
    invite_id      bigint      not null unique references screen_invites (id),
    screen_id      bigint      not null references screens (id),
    account_id     bigint      references accounts (id),
    question_order text        not null,
    started_at     timestamptz not null,
    deadline_at    timestamptz not null,
    submitted_at   timestamptz,
    closed_by      varchar(10) check (closed_by in ('CANDIDATE', 'DEADLINE')),
    score          numeric(10, 2),
    max_score      int         not null,
    passed         boolean
);
create index screen_attempts_open on screen_attempts (deadline_at) where submitted_at is null;

create table screen_answers (
    id                 bigserial primary key,
    attempt_id         bigint      not null references screen_attempts (id),
    screen_question_id bigint      not null references screen_questions (id),
    answer             text,
    saved_at           timestamptz,
    last_submission_id bigint,
    points_awarded     numeric(10, 2),
    scored_by          bigint references accounts (id),
    unique (attempt_id, screen_question_id)
);
