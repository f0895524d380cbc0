-- Expert panels (专家会诊, seed 003 §7.3.3): a team lead or service manager convenes vendor experts on a P1/P2 or
-- repeat-fault case; each expert's opinion is a row; the lead's conclusion goes on the case and to the hospital.
-- Product bugs (seed 000 §基础故障响应): a case handed to the vendor's R&D with a ticket and an expected fix date;
-- the release that fixes the case closes the loop with the reporter.
-- Portable H2 / MySQL 8 / MariaDB.

create table expert_panel (
    id                   bigint auto_increment primary key,
    reference            varchar(32)    not null,
    case_number          varchar(32)    not null,
    contract_code        varchar(64)    not null,
    hospital_code        varchar(64)    not null,
    grounds              varchar(100)   not null,
    question             varchar(4000)  not null,
    status               varchar(32)    not null,
    conclusion           varchar(4000),
    convened_by          varchar(100)   not null,
    convened_at          datetime(6)    not null,
    concluded_by         varchar(100),
    concluded_at         datetime(6),
    informed_at          datetime(6),
    process_instance_id  varchar(64),
    constraint uk_expert_panel_reference unique (reference)
);
create index ix_expert_panel_case on expert_panel (case_number);
-- the process's steps find their panel by the process instance they run in, never by a variable
create index ix_expert_panel_process on expert_panel (process_instance_id);

create table expert_opinion (
    id        bigint auto_increment primary key,
    panel_id  bigint         not null,
    expert    varchar(100)   not null,
    opinion   varchar(4000),
    given_at  datetime(6),
    constraint fk_expert_opinion_panel foreign key (panel_id) references expert_panel (id),
    constraint uk_expert_opinion unique (panel_id, expert)
);

create table product_bug (
    id                 bigint auto_increment primary key,
    case_number        varchar(32)    not null,
    contract_code      varchar(64)    not null,
    hospital_code      varchar(64)    not null,
    ticket             varchar(64)    not null,
    expected_fix_on    date           not null,
    description        varchar(4000),
    recorded_by        varchar(100)   not null,
    recorded_at        datetime(6)    not null,
    release_reference  varchar(32),
    release_version    varchar(64),
    fix_released_at    datetime(6),
    constraint uk_product_bug unique (case_number, ticket)
);
create index ix_product_bug_case on product_bug (case_number);
