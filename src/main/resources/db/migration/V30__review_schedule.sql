-- Practice: the review schedule, replacing the flat "review next" list. A question enters it at step 0 (due after the
-- first interval, 1 day by default) when the candidate fails it, rates it "not yet" or "partly", or chooses to see
-- the solution; a success on a due item moves it one step (intervals 1, 3, 7, 21 days by default, setting
-- pyprep.practice.review.intervals); a success at the last step graduates it (due_at null, no longer scheduled).
create table review_schedule (
    id          bigserial primary key,
    account_id  bigint      not null references accounts (id),
    question_id bigint      not null references questions (id),
    step        integer     not null check (step >= 0),
    due_at      timestamptz,
    last_result varchar(10) not null check (last_result in ('SOLVED', 'KNEW', 'FAILED', 'NOT_YET', 'PARTLY', 'REVEALED')),
    updated_at  timestamptz not null,
    unique (account_id, question_id)
);
create index review_schedule_due on review_schedule (account_id, due_at) where due_at is not null;

-- "Show solution" is recorded as an attempt that was not mastered (correct = false, revealed = true).
alter table answer_attempts add column revealed boolean not null default false;

-- Backfill from existing attempts: what the old "review next" list showed (a latest attempt that failed or was
-- rated "not yet"/"partly") is scheduled at step 0, due one day after that attempt (the default first interval).
insert into review_schedule (account_id, question_id, step, due_at, last_result, updated_at)
select account_id, question_id, 0, created_at + interval '1 day',
       case when correct = false then 'FAILED' when self_rating = 'NOT_YET' then 'NOT_YET' else 'PARTLY' end, created_at
from (select distinct on (account_id, question_id) account_id, question_id, correct, self_rating, created_at
      from answer_attempts order by account_id, question_id, created_at desc, id desc) latest
where correct = false or self_rating in ('NOT_YET', 'PARTLY')
on conflict (account_id, question_id) do nothing;
