-- Releases (发版): a release of a covered system bundles the P3 cases it fixes, its problem list and timetable go to
-- the hospital, which confirms the plan and accepts the result; a released release is part of the system's version
-- history. The contract's release cadence (every / at the latest) comes from the contract file's `releases` key.
-- Portable H2 / MySQL 8 / MariaDB ("release" is a reserved word in MySQL, hence change_release).

create table release_cadence (
    contract_code  varchar(64)  not null primary key,
    every_period   varchar(32)  not null,
    at_latest      varchar(32)  not null
);

create table change_release (
    id                   bigint auto_increment primary key,
    reference            varchar(32)   not null,
    contract_code        varchar(64)   not null,
    hospital_code        varchar(64)   not null,
    system_code          varchar(64)   not null,
    title                varchar(255)  not null,
    version              varchar(64)   not null,
    previous_version     varchar(64),
    planned_at           datetime(6)   not null,
    status               varchar(32)   not null,
    hospital_remarks     varchar(4000),
    process_instance_id  varchar(64),
    created_by           varchar(100)  not null,
    created_at           datetime(6)   not null,
    sent_at              datetime(6),
    released_at          datetime(6),
    constraint uk_change_release_reference unique (reference)
);
create index ix_change_release_system on change_release (contract_code, system_code);
-- the process's steps find their release by the process instance they run in, never by a variable
create index ix_change_release_process on change_release (process_instance_id);

create table release_case (
    id           bigint auto_increment primary key,
    release_id   bigint         not null,
    case_number  varchar(32)    not null,
    summary      varchar(1000)  not null,
    reported_at  datetime(6)    not null,
    added_by     varchar(100)   not null,
    added_at     datetime(6)    not null,
    constraint fk_release_case_release foreign key (release_id) references change_release (id),
    constraint uk_release_case unique (release_id, case_number)
);
create index ix_release_case_number on release_case (case_number);

create table release_event (
    id          bigint auto_increment primary key,
    release_id  bigint         not null,
    at          datetime(6)    not null,
    actor       varchar(100)   not null,
    type        varchar(32)    not null,
    detail      varchar(4000),
    constraint fk_release_event_release foreign key (release_id) references change_release (id)
);
