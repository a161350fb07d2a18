-- Practice: every change to a candidate's attempts or review schedule is visible in one cheap query (the progress
-- page keeps its rendered sections while nothing changed). An insert adds a row (count and max id change), an update
-- bumps the row's revision here, whoever makes it: this server, a grader process, or anything else.
alter table answer_attempts add column revision integer not null default 0;
alter table review_schedule add column revision integer not null default 0;

create function practice_row_revised() returns trigger language plpgsql as $$
begin
    new.revision := old.revision + 1;
    return new;
end
$$;

create trigger answer_attempts_revised before update on answer_attempts
    for each row execute function practice_row_revised();
create trigger review_schedule_revised before update on review_schedule
    for each row execute function practice_row_revised();
