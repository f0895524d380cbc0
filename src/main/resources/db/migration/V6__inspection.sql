-- Inspections (巡检): per contract plans with checklist templates, inspection records with their results,
-- files (photos, report versions), the hospital's sign-offs and a history. Portable H2 / MySQL 8 / MariaDB.

create table inspection_plan (
    id                        bigint auto_increment primary key,
    contract_id               bigint       not null,
    code                      varchar(64)  not null,
    name                      varchar(255) not null,
    frequency                 varchar(16)  not null,
    per_year                  int          not null,
    day_of_period             int          not null,
    window_working_days       int          not null,
    remind_working_days       int          not null,
    escalate_working_days     int          not null,
    sign_off_departments      varchar(100) not null,
    filled_with_user          boolean      not null,
    description               varchar(2000),
    schedule_revision         int          not null,
    constraint uk_inspection_plan_code unique (contract_id, code),
    constraint fk_inspection_plan_contract foreign key (contract_id) references contract (id)
);

create table inspection_plan_date (
    plan_id       bigint not null,
    planned_date  date   not null,
    constraint pk_inspection_plan_date primary key (plan_id, planned_date),
    constraint fk_inspection_plan_date_plan foreign key (plan_id) references inspection_plan (id)
);

create table checklist_item (
    plan_id            bigint        not null,
    position           int           not null,
    code               varchar(32)   not null,
    section            varchar(255)  not null,
    system_code        varchar(64),
    name               varchar(500)  not null,
    kind               varchar(16)   not null,
    unit               varchar(32),
    threshold_operator varchar(2),
    threshold_limit    decimal(18,4),
    follow_up_priority varchar(2)    not null,
    hint               varchar(1000),
    constraint pk_checklist_item primary key (plan_id, position),
    constraint fk_checklist_item_plan foreign key (plan_id) references inspection_plan (id)
);

create table inspection (
    id                    bigint auto_increment primary key,
    version               bigint       not null,
    contract_id           bigint       not null,
    plan_id               bigint       not null,
    trigger_kind          varchar(16)  not null,
    slot_date             date,
    period_label          varchar(64)  not null,
    due_date              date         not null,
    status                varchar(32)  not null,
    reason                varchar(2000),
    requested_by          varchar(100) not null,
    requested_at          datetime(6)  not null,
    process_instance_id   varchar(64),
    performed_by          varchar(100),
    performed_at          datetime(6),
    hospital_participants varchar(500),
    suggestions           longtext,
    overdue_since         datetime(6),
    escalated_at          datetime(6),
    report_version        int          not null,
    archived_at           datetime(6),
    constraint uk_inspection_slot unique (plan_id, slot_date),
    constraint fk_inspection_contract foreign key (contract_id) references contract (id),
    constraint fk_inspection_plan foreign key (plan_id) references inspection_plan (id)
);
create index ix_inspection_contract on inspection (contract_id, requested_at);
create index ix_inspection_status on inspection (status);

create table inspection_result (
    id                 bigint auto_increment primary key,
    inspection_id      bigint        not null,
    position           int           not null,
    item_code          varchar(32)   not null,
    section            varchar(255)  not null,
    system_id          bigint,
    item_name          varchar(500)  not null,
    kind               varchar(16)   not null,
    unit               varchar(32),
    threshold_operator varchar(2),
    threshold_limit    decimal(18,4),
    follow_up_priority varchar(2)    not null,
    outcome            varchar(16),
    measured_value     decimal(18,4),
    note               varchar(4000),
    failed             boolean       not null,
    follow_up_case_id  bigint,
    constraint uk_inspection_result_item unique (inspection_id, item_code),
    constraint fk_inspection_result_inspection foreign key (inspection_id) references inspection (id),
    constraint fk_inspection_result_system foreign key (system_id) references covered_system (id),
    constraint fk_inspection_result_case foreign key (follow_up_case_id) references support_case (id)
);

create table inspection_file (
    id             bigint auto_increment primary key,
    inspection_id  bigint       not null,
    kind           varchar(16)  not null,
    item_code      varchar(32),
    report_version int,
    file_name      varchar(255) not null,
    content_type   varchar(200) not null,
    size           bigint       not null,
    content        longblob     not null,
    created_at     datetime(6)  not null,
    created_by     varchar(100) not null,
    constraint fk_inspection_file_inspection foreign key (inspection_id) references inspection (id)
);
create index ix_inspection_file_inspection on inspection_file (inspection_id);

create table inspection_sign_off (
    id             bigint auto_increment primary key,
    inspection_id  bigint        not null,
    report_version int           not null,
    department     varchar(16)   not null,
    decision       varchar(16)   not null,
    reason         varchar(2000),
    decided_by     varchar(100)  not null,
    decided_at     datetime(6)   not null,
    constraint fk_inspection_sign_off_inspection foreign key (inspection_id) references inspection (id)
);
create index ix_inspection_sign_off_inspection on inspection_sign_off (inspection_id);

create table inspection_event (
    id            bigint auto_increment primary key,
    inspection_id bigint       not null,
    occurred_at   datetime(6)  not null,
    actor         varchar(100) not null,
    type          varchar(32)  not null,
    detail        longtext,
    constraint fk_inspection_event_inspection foreign key (inspection_id) references inspection (id)
);
create index ix_inspection_event_inspection on inspection_event (inspection_id, occurred_at);
