-- Weibao domain tables. Portable between H2 (default) and MySQL 8 / MariaDB: the same types mean the same there.

create table hospital (
    id              bigint auto_increment primary key,
    code            varchar(64)  not null,
    name            varchar(255) not null,
    contact_name    varchar(255),
    contact_phone   varchar(255),
    contact_email   varchar(255),
    constraint uk_hospital_code unique (code)
);

create table contract (
    id              bigint auto_increment primary key,
    code            varchar(64)  not null,
    hospital_id     bigint       not null,
    name            varchar(255) not null,
    start_date      date,
    end_date        date,
    service_window  varchar(500),
    engineer_groups varchar(255) not null,
    constraint uk_contract_code unique (code),
    constraint fk_contract_hospital foreign key (hospital_id) references hospital (id)
);

create table covered_system (
    id              bigint auto_increment primary key,
    contract_id     bigint       not null,
    code            varchar(64)  not null,
    name            varchar(255) not null,
    kind            varchar(16)  not null,
    constraint uk_covered_system_code unique (contract_id, code),
    constraint fk_covered_system_contract foreign key (contract_id) references contract (id)
);

create table contract_fault_level (
    contract_id     bigint        not null,
    priority        varchar(2)    not null,
    name            varchar(255)  not null,
    definition      varchar(1000) not null,
    handling        varchar(1000),
    constraint pk_contract_fault_level primary key (contract_id, priority),
    constraint fk_fault_level_contract foreign key (contract_id) references contract (id)
);

create table case_number_counter (
    counter_year    int    not null primary key,
    last_number     bigint not null
);

create table support_case (
    id                  bigint auto_increment primary key,
    version             bigint       not null,
    number              varchar(32)  not null,
    contract_id         bigint,
    system_id           bigint,
    reporter_name       varchar(100),
    reporter_phone      varchar(50),
    reporter_email      varchar(254),
    reporter_department varchar(100),
    channel             varchar(16)  not null,
    category            varchar(16)  not null,
    impact              varchar(32),
    summary             varchar(500) not null,
    description         longtext,
    reported_at         datetime(6)  not null,
    registered_at       datetime(6)  not null,
    registered_by       varchar(100) not null,
    priority            varchar(2),
    status              varchar(32)  not null,
    assignee            varchar(100),
    process_instance_id varchar(64),
    fault_type          varchar(32),
    root_cause          longtext,
    resolution          longtext,
    resolved_at         datetime(6),
    satisfaction        varchar(16),
    feedback            varchar(2000),
    confirmed_by        varchar(100),
    confirmed_at        datetime(6),
    closed_at           datetime(6),
    archived_at         datetime(6),
    duplicate_of        varchar(32),
    cancel_reason       varchar(1000),
    constraint uk_support_case_number unique (number),
    constraint fk_support_case_contract foreign key (contract_id) references contract (id),
    constraint fk_support_case_system foreign key (system_id) references covered_system (id)
);
create index ix_support_case_status on support_case (status);
create index ix_support_case_registered on support_case (registered_at);
create index ix_support_case_contract on support_case (contract_id, status);

create table case_event (
    id          bigint auto_increment primary key,
    case_id     bigint       not null,
    occurred_at datetime(6)  not null,
    actor       varchar(100) not null,
    type        varchar(32)  not null,
    from_status varchar(32),
    to_status   varchar(32),
    channel     varchar(16),
    detail      longtext,
    constraint fk_case_event_case foreign key (case_id) references support_case (id)
);
create index ix_case_event_case on case_event (case_id, occurred_at);

create table support_action (
    id          bigint auto_increment primary key,
    case_id     bigint       not null,
    mode        varchar(16)  not null,
    started_at  datetime(6)  not null,
    ended_at    datetime(6),
    engineer    varchar(100) not null,
    notes       longtext,
    recorded_at datetime(6)  not null,
    constraint fk_support_action_case foreign key (case_id) references support_case (id)
);
create index ix_support_action_case on support_action (case_id);

create table remote_access_request (
    id            bigint auto_increment primary key,
    case_id       bigint        not null,
    purpose       varchar(1000) not null,
    requested_by  varchar(100)  not null,
    requested_at  datetime(6)   not null,
    decision      varchar(16)   not null,
    decided_by    varchar(100),
    decided_at    datetime(6),
    decision_note varchar(1000),
    constraint fk_remote_access_case foreign key (case_id) references support_case (id)
);
create index ix_remote_access_case on remote_access_request (case_id);

create table case_attachment (
    id           bigint auto_increment primary key,
    case_id      bigint       not null,
    kind         varchar(16)  not null,
    file_name    varchar(255) not null,
    content_type varchar(200) not null,
    size         bigint       not null,
    content      longblob     not null,
    created_at   datetime(6)  not null,
    created_by   varchar(100) not null,
    constraint fk_case_attachment_case foreign key (case_id) references support_case (id)
);
create index ix_case_attachment_case on case_attachment (case_id);
