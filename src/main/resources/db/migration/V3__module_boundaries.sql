-- Module boundaries: features keep their own copies of the ids they need, so no feature reads another's tables.

-- question: typed content and its source
alter table question_versions add column screen_only boolean not null default false;
alter table question_versions add column source_text text;   -- the file exactly as imported; an export writes it back
alter table coding_specs add column editorial text;           -- Markdown: approach, complexity, common mistakes

-- grading: which question a submission is for, and where it was made (practice, or a screen that owns it)
alter table submissions add column question_id bigint references questions (id);
update submissions s set question_id = v.question_id from question_versions v where v.id = s.question_version_id;
alter table submissions alter column question_id set not null;
alter table submissions add column origin varchar(10) not null default 'PRACTICE' check (origin in ('PRACTICE', 'SCREEN'));
alter table submissions add column origin_ref bigint;
create index submissions_by_question on submissions (account_id, question_id, origin, created_at desc);

-- practice: which question an attempt is for
alter table answer_attempts add column question_id bigint references questions (id);
update answer_attempts a set question_id = v.question_id from question_versions v where v.id = a.question_version_id;
alter table answer_attempts alter column question_id set not null;
create index answer_attempts_latest on answer_attempts (account_id, question_id, created_at desc, id desc);
