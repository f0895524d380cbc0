-- Service quality (回访与满意度): each contract's callback policy (from the contract file), one callback decision per
-- closed case with its outcome, and every satisfaction rating with its source. Portable H2 / MySQL 8 / MariaDB.

create table quality_callback_policy (
    id                   bigint auto_increment primary key,
    contract_code        varchar(64)  not null,
    share_percent        int          not null,
    delay_amount         varchar(32)  not null,
    delay_clock          varchar(16)  not null,
    delay_window         varchar(64),
    team_group           varchar(64)  not null,
    attempts             int          not null,
    spacing              varchar(32)  not null,
    no_repeat_days       int          not null,
    follow_up_amount     varchar(32)  not null,
    follow_up_clock      varchar(16)  not null,
    follow_up_window     varchar(64),
    seed                 bigint       not null,
    constraint uk_quality_callback_policy unique (contract_code)
);

create table quality_callback (
    id                   bigint auto_increment primary key,
    case_id              bigint       not null,
    case_number          varchar(32)  not null,
    contract_code        varchar(64)  not null,
    hospital_code        varchar(64)  not null,
    reporter_key         varchar(255),
    engineers            varchar(500),
    closed_at            datetime(6)    not null,
    decision             varchar(24)  not null,
    status               varchar(16),
    due_at               datetime(6),
    attempts_made        int          not null,
    attempts_allowed     int          not null,
    solved               boolean,
    rating               varchar(16),
    comment_text         varchar(2000),
    called_by            varchar(64),
    finished_at          datetime(6),
    follow_up_due_at     datetime(6),
    follow_up_action     varchar(24),
    follow_up_note       varchar(2000),
    follow_up_case       varchar(32),
    follow_up_by         varchar(64),
    process_instance_id  varchar(64),
    constraint uk_quality_callback_case unique (case_id)
);
create index ix_quality_callback_reporter on quality_callback (reporter_key, closed_at);
create index ix_quality_callback_contract on quality_callback (contract_code, closed_at);
create index ix_quality_callback_process on quality_callback (process_instance_id);

create table quality_satisfaction (
    id                   bigint auto_increment primary key,
    case_id              bigint,
    case_number          varchar(32),
    contract_code        varchar(64)  not null,
    hospital_code        varchar(64)  not null,
    source               varchar(16)  not null,
    rating               varchar(16)  not null,
    comment_text         varchar(2000),
    given_by             varchar(64),
    given_at             datetime(6)    not null,
    constraint uk_quality_satisfaction unique (case_id, source)
);
create index ix_quality_satisfaction_contract on quality_satisfaction (contract_code, given_at);
