-- Complaints (投诉), issue 16: each contract's response deadline for complaints (the contract file's `complaints`
-- key; absent: 2 working days), and every complaint from any channel (a case classified 投诉, the callback
-- follow-up, the API) against a case, an engineer or the service in general, with its handling by the service
-- managers (investigation, substantiated or not, measures, the answer to the complainant). Found by the process
-- instance id of its ComplaintProcess. The callback follow-up keeps the complaint it filed. Portable H2 / MySQL 8 /
-- MariaDB.

create table quality_complaint_policy (
    contract_code        varchar(64)  not null primary key,
    respond_amount       varchar(32)  not null,
    respond_clock        varchar(16)  not null,
    respond_window       varchar(64)
);

create table quality_complaint (
    id                   bigint auto_increment primary key,
    contract_code        varchar(64)   not null,
    hospital_code        varchar(64)   not null,
    subject              varchar(16)   not null,
    case_id              bigint,
    case_number          varchar(32),
    engineer             varchar(64),
    excluded_users       varchar(500),
    channel              varchar(16)   not null,
    complaint_case_id    bigint,
    complaint_case_number varchar(32),
    reporter_case_id     bigint,
    complainant_user     varchar(64),
    complainant          varchar(255),
    description          varchar(2000) not null,
    filed_by             varchar(64)   not null,
    filed_at             datetime(6)   not null,
    due_at               datetime(6)   not null,
    reminded_at          datetime(6),
    status               varchar(16)   not null,
    investigation        varchar(2000),
    substantiated        boolean,
    measures             varchar(2000),
    reply                varchar(2000),
    handled_by           varchar(64),
    answered_at          datetime(6),
    process_instance_id  varchar(64)
);
create index ix_quality_complaint_contract on quality_complaint (contract_code, filed_at);
create index ix_quality_complaint_process on quality_complaint (process_instance_id);
alter table quality_complaint add constraint uk_quality_complaint_case unique (complaint_case_id);

alter table quality_callback add column follow_up_complaint bigint;
