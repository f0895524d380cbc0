-- The outbox of outbound messages (e-mail, WeChat): queued with what caused them, delivered and retried after.
create table notification (
    id              bigint auto_increment primary key,
    case_id         bigint,
    reference       varchar(64),
    event           varchar(64)   not null,
    recipient       varchar(200)  not null,
    channel         varchar(16),
    address         varchar(320),
    subject         varchar(500)  not null,
    body            longtext      not null,
    status          varchar(16)   not null,
    attempts        int           not null,
    next_attempt_at datetime(6),
    last_error      varchar(2000),
    created_at      datetime(6)   not null,
    sent_at         datetime(6),
    external_id     varchar(300),
    dedup_key       varchar(200),
    constraint uk_notification_dedup unique (dedup_key),
    constraint fk_notification_case foreign key (case_id) references support_case (id)
);
create index ix_notification_due on notification (status, next_attempt_at);
create index ix_notification_case on notification (case_id);
