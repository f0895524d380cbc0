-- SLA: each contract's service windows and targets (data from the contract file), each case's targets and pauses.
create table contract_service_window (
    contract_id bigint       not null,
    name        varchar(64)  not null,
    days        varchar(16)  not null,
    hours       varchar(200) not null,
    description varchar(500),
    constraint pk_contract_service_window primary key (contract_id, name),
    constraint fk_service_window_contract foreign key (contract_id) references contract (id)
);

create table contract_sla_target (
    contract_id   bigint       not null,
    code          varchar(64)  not null,
    kind          varchar(16)  not null,
    priorities    varchar(20),
    category      varchar(16)  not null,
    duration      varchar(32),
    clock         varchar(16)  not null,
    window_name   varchar(64),
    trigger_on    varchar(32)  not null,
    warning_ratio double precision,
    description   varchar(500) not null,
    constraint pk_contract_sla_target primary key (contract_id, code),
    constraint fk_sla_target_contract foreign key (contract_id) references contract (id)
);

alter table contract add column desk_window varchar(64);
alter table contract add column repeat_count int;
alter table contract add column repeat_within_days int;

alter table support_case add column solution_plan longtext;
alter table support_case add column solution_planned_at datetime(6);
alter table support_case add column onsite_required_at datetime(6);
alter table support_case add column agreed_time datetime(6);

create table case_sla_target (
    id               bigint auto_increment primary key,
    version          bigint       not null,
    case_id          bigint       not null,
    code             varchar(64)  not null,
    kind             varchar(16)  not null,
    description      varchar(500) not null,
    clock            varchar(16)  not null,
    window_days      varchar(16)  not null,
    window_hours     varchar(200) not null,
    duration_seconds bigint       not null,
    warning_ratio    double precision not null,
    started_at       datetime(6)  not null,
    due_at           datetime(6),
    warning_at       datetime(6),
    status           varchar(16)  not null,
    met_at           datetime(6),
    breached_at      datetime(6),
    escalation_level int          not null,
    time_taken_seconds bigint,
    created_at       datetime(6)  not null,
    constraint fk_case_sla_target_case foreign key (case_id) references support_case (id)
);
create index ix_case_sla_target_case on case_sla_target (case_id, status);

create table case_sla_pause (
    id         bigint auto_increment primary key,
    case_id    bigint      not null,
    paused_at  datetime(6) not null,
    resumed_at datetime(6),
    reason     varchar(32) not null,
    constraint fk_case_sla_pause_case foreign key (case_id) references support_case (id)
);
create index ix_case_sla_pause_case on case_sla_pause (case_id);
