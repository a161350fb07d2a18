-- Submissions made inside a timed screen by someone who opened an invite link without an account: the screen
-- attempt (origin_ref) identifies them instead.
alter table submissions alter column account_id drop not null;
alter table submissions add constraint submissions_author check (account_id is not null or (origin = 'SCREEN' and origin_ref is not null));
create index submissions_by_origin on submissions (origin, origin_ref, question_id, created_at desc) where origin_ref is not null;
