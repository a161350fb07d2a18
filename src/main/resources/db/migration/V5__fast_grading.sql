-- What each grading process reports of itself (engine, image build, warm pool), shown on the admin pages.
alter table grading_nodes add column status varchar(400);
