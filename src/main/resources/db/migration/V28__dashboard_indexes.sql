-- The supervisor dashboard (issue 17) counts in the database on every request: indexes so that each count reads
-- only the rows it counts, whatever the number of cases. Portable H2 / MySQL 8 / MariaDB.

-- SLA trend and this month's missed targets: the targets by deadline (a range of months), with status and case
-- in the index, so only the matching targets' cases are looked up (by primary key) for their contract.
create index ix_case_sla_target_due on case_sla_target (due_at, status, case_id);

-- Open cases per level and age: a contract's open statuses, counted from the index alone.
create index ix_support_case_contract_open on support_case (contract_id, status, priority, reported_at);

-- Satisfaction of the last twelve months per source and rating, counted from the index alone.
create index ix_quality_satisfaction_rating on quality_satisfaction (contract_code, given_at, source, rating);
