-- Contract period reports (issue 17): one row per contract and period, its review state, the service manager's
-- texts, and once acknowledged by the hospital the archived documents (never changed afterwards).
create table contract_report (
    id                  bigint auto_increment primary key,
    version             bigint        not null,
    contract_code       varchar(64)   not null,
    hospital_code       varchar(64)   not null,
    period              varchar(16)   not null,
    kind                varchar(16)   not null,
    status              varchar(16)   not null,
    revision            int           not null,
    summary             varchar(4000),
    improvements        varchar(4000),
    remarks             varchar(2000),
    drafted_at          datetime(6)   not null,
    released_at         datetime(6),
    released_by         varchar(100),
    returned_at         datetime(6),
    returned_by         varchar(100),
    acknowledged_at     datetime(6),
    acknowledged_by     varchar(100),
    archived_docx       longblob,
    archived_xlsx       longblob,
    process_instance_id varchar(64),
    constraint uq_contract_report_period unique (contract_code, period)
);

-- The process's delegates find their report by the process instance they run in (issue 13's rule, never by a
-- variable), once per step: one report per review process, and the lookup must not scan the table.
create unique index ux_contract_report_process on contract_report (process_instance_id);
