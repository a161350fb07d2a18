-- Practice: every answer a candidate gives, of any kind. Coding submissions arrive here through the
-- SubmissionGraded event; concept answers are marked by the candidate's own rating.
create table answer_attempts (
    id                  bigserial primary key,
    account_id          bigint      not null references accounts (id),
    question_version_id bigint      not null references question_versions (id),
    answer              text        not null,
    correct             boolean,
    self_rating         varchar(10) check (self_rating in ('KNEW', 'PARTLY', 'NOT_YET')),
    submission_id       bigint      unique references submissions (id),
    created_at          timestamptz not null default now()
);
create index answer_attempts_by_account on answer_attempts (account_id, created_at desc);
