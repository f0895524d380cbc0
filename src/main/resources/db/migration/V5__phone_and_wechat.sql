-- Phone (CTI webhook) and WeChat intake. Portable between H2 and MySQL 8 / MariaDB.

-- Every intake request that was rejected or could not be processed, with its raw payload, for a supervisor
-- to look at, reprocess or dismiss: nothing that reached us is silently dropped.
create table intake_quarantine (
    id              bigint auto_increment primary key,
    source          varchar(64)   not null,
    reason          varchar(32)   not null,
    detail          varchar(2000),
    authenticated   boolean       not null,
    reference       varchar(200),
    request_line    varchar(2000),
    headers         longtext,
    payload         longtext      not null,
    received_at     datetime(6)   not null,
    status          varchar(16)   not null,
    resolved_by     varchar(100),
    resolved_at     datetime(6),
    resolution_note varchar(1000)
);
create index ix_intake_quarantine_status on intake_quarantine (status, received_at);

-- A call on the hotline as the CTI system reported it; one row per (CTI source, call id).
create table phone_call (
    id                  bigint auto_increment primary key,
    version             bigint        not null,
    source              varchar(64)   not null,
    call_id             varchar(128)  not null,
    caller              varchar(50),
    hotline             varchar(50),
    ivr_selection       varchar(100),
    agent               varchar(100),
    state               varchar(16)   not null,
    started_at          datetime(6),
    answered_at         datetime(6),
    ended_at            datetime(6),
    recording_url       varchar(2000),
    transcript          longtext,
    outside_hours       boolean,
    process_instance_id varchar(64),
    case_number         varchar(32),
    created_at          datetime(6)   not null,
    updated_at          datetime(6)   not null,
    constraint uk_phone_call unique (source, call_id)
);
create index ix_phone_call_caller on phone_call (caller);

-- Each CTI event once: a retried or replayed event finds its key taken and changes nothing.
create table phone_call_event (
    id          bigint auto_increment primary key,
    call_row_id bigint        not null,
    event_key   varchar(300)  not null,
    type        varchar(16)   not null,
    occurred_at datetime(6),
    received_at datetime(6)   not null,
    payload     longtext      not null,
    constraint uk_phone_call_event unique (event_key),
    constraint fk_phone_call_event_call foreign key (call_row_id) references phone_call (id)
);

-- A WeChat user (service account openid or WeCom user id) bound to a reporter.
create table wechat_binding (
    id                  bigint auto_increment primary key,
    app                 varchar(8)    not null,
    wechat_user         varchar(128)  not null,
    user_id             varchar(100),
    reporter_name       varchar(100)  not null,
    reporter_phone      varchar(50),
    reporter_email      varchar(254),
    reporter_department varchar(100),
    contract_code       varchar(64),
    bound_at            datetime(6)   not null,
    constraint uk_wechat_binding unique (app, wechat_user)
);
create index ix_wechat_binding_phone on wechat_binding (reporter_phone);
create index ix_wechat_binding_user on wechat_binding (user_id);

-- One-time codes a reporter sends to the service account to bind their WeChat.
create table wechat_binding_code (
    id                  bigint auto_increment primary key,
    code                varchar(16)   not null,
    user_id             varchar(100),
    reporter_name       varchar(100)  not null,
    reporter_phone      varchar(50),
    reporter_email      varchar(254),
    reporter_department varchar(100),
    contract_code       varchar(64),
    created_by          varchar(100)  not null,
    created_at          datetime(6)   not null,
    expires_at          datetime(6)   not null,
    used_at             datetime(6),
    binding_id          bigint,
    constraint uk_wechat_binding_code unique (code)
);

-- Every inbound WeChat message or event once (WeChat retries up to three times), and what became of it.
create table wechat_message (
    id           bigint auto_increment primary key,
    app          varchar(8)    not null,
    dedup_key    varchar(300)  not null,
    from_user    varchar(128)  not null,
    msg_type     varchar(32)   not null,
    content      longtext,
    media_id     varchar(256),
    raw_xml      longtext      not null,
    sent_at      datetime(6),
    received_at  datetime(6)   not null,
    status       varchar(16)   not null,
    action       varchar(16),
    case_number  varchar(32),
    attempts     int           not null,
    last_error   varchar(2000),
    processed_at datetime(6),
    constraint uk_wechat_message unique (app, dedup_key)
);
create index ix_wechat_message_status on wechat_message (status, received_at);
create index ix_wechat_message_case on wechat_message (case_number);
