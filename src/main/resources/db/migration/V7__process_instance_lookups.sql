-- Listeners and delegates find their case, inspection or phone call by the process instance the engine runs it in
-- (an id no user can set), once per task and step: these lookups must not scan the tables.
create index ix_support_case_process on support_case (process_instance_id);
create index ix_inspection_process on inspection (process_instance_id);
create index ix_phone_call_process on phone_call (process_instance_id);
