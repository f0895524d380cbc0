-- The yearly satisfaction survey (满意度调查, issue 16): one campaign per contract and year with the service
-- manager's summary and its result document, one call per department surveyed by phone. The process's listeners
-- find the campaign by its process instance and each call by the id of the task it was bound to at creation.
create table quality_survey (
    id                   bigint auto_increment primary key,
    contract_code        varchar(64)   not null,
    hospital_code        varchar(64)   not null,
    survey_year          int           not null,
    status               varchar(16)   not null,
    started_by           varchar(64)   not null,
    started_at           datetime(6)   not null,
    summary              varchar(4000),
    improvements         varchar(4000),
    summarized_by        varchar(64),
    summarized_at        datetime(6),
    report_docx          longblob,
    reported_at          datetime(6),
    process_instance_id  varchar(64),
    constraint uk_quality_survey_year unique (contract_code, survey_year)
);
create unique index ux_quality_survey_process on quality_survey (process_instance_id);

create table quality_survey_call (
    id                   bigint auto_increment primary key,
    survey_id            bigint        not null,
    position             int           not null,
    department           varchar(100)  not null,
    contact_name         varchar(100),
    phone                varchar(32)   not null,
    task_id              varchar(64),
    outcome              varchar(16),
    rating               varchar(16),
    comment_text         varchar(2000),
    suggestions          varchar(2000),
    called_by            varchar(64),
    called_at            datetime(6),
    constraint fk_quality_survey_call_survey foreign key (survey_id) references quality_survey (id)
);
create index ix_quality_survey_call_survey on quality_survey_call (survey_id);
create unique index ux_quality_survey_call_task on quality_survey_call (task_id);

-- a survey's rating belongs to a department's call, not to a case
alter table quality_satisfaction add survey_call_id bigint;
alter table quality_satisfaction add department varchar(100);
