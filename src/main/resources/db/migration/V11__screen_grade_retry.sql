-- Saved code that grading refused to queue when an attempt closed (too many waiting): retried by the closer.
alter table screen_answers add column grade_pending boolean not null default false;
create index screen_answers_grade_pending on screen_answers (attempt_id) where grade_pending;
