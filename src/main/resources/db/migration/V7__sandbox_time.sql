-- How long the harness itself took inside the container (input read to done): the rest of a verdict's latency is the
-- platform's own overhead (HTTP, queue, database, engine). Measured by the harness's PID 1, not by the candidate's code.
alter table submissions add column sandbox_ms int;
