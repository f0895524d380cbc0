-- Changes and upgrades (变更与升级): the change with its plans and window, what happened to it (approvals,
-- implementation steps, rollbacks, verification), its documents, and every covered system's version history.
-- Portable H2 / MySQL 8 / MariaDB.

create table change_request (
    id                            bigint auto_increment primary key,
    reference                     varchar(32)   not null,
    contract_code                 varchar(64)   not null,
    hospital_code                 varchar(64)   not null,
    system_code                   varchar(64)   not null,
    kind                          varchar(16)   not null,
    status                        varchar(32)   not null,
    title                         varchar(255)  not null,
    current_version               varchar(64),
    target_version                varchar(64)   not null,
    reason                        longtext      not null,
    billable                      boolean       not null,
    billable_decided_by           varchar(100),
    risk                          longtext,
    implementation_plan           longtext      not null,
    rollback_plan                 longtext      not null,
    verification_plan             longtext      not null,
    window_start                  datetime(6),
    window_end                    datetime(6),
    takes_service_down            boolean       not null,
    outage_reason                 varchar(1000),
    implementer                   varchar(100),
    case_number                   varchar(32),
    process_instance_id           varchar(64),
    approved_after_implementation boolean       not null,
    created_by                    varchar(100)  not null,
    created_at                    datetime(6)   not null,
    closed_at                     datetime(6),
    constraint uk_change_request_reference unique (reference)
);
create index ix_change_request_system on change_request (contract_code, system_code);
create index ix_change_request_case on change_request (case_number);
-- the process's steps find their change by the process instance they run in (issue 13's rule), never by a variable
create index ix_change_request_process on change_request (process_instance_id);

create table change_event (
    id         bigint auto_increment primary key,
    change_id  bigint        not null,
    at         datetime(6)   not null,
    actor      varchar(100)  not null,
    type       varchar(32)   not null,
    detail     varchar(4000),
    constraint fk_change_event_change foreign key (change_id) references change_request (id)
);

create table change_document (
    id            bigint auto_increment primary key,
    change_id     bigint        not null,
    kind          varchar(32)   not null,
    file_name     varchar(255)  not null,
    content_type  varchar(200)  not null,
    size          bigint        not null,
    content       longblob      not null,
    created_at    datetime(6)   not null,
    created_by    varchar(100)  not null,
    constraint fk_change_document_change foreign key (change_id) references change_request (id)
);

create table system_version (
    id             bigint auto_increment primary key,
    contract_code  varchar(64)  not null,
    system_code    varchar(64)  not null,
    version        varchar(64)  not null,
    previous       varchar(64),
    running_since  datetime(6)  not null,
    change_id      bigint       not null,
    recorded_by    varchar(100) not null,
    constraint fk_system_version_change foreign key (change_id) references change_request (id)
);
create index ix_system_version_system on system_version (contract_code, system_code);
