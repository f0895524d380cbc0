-- Idempotency-Key of POST /api/cases: one row per user and key, written first in the transaction that creates the
-- case (so case_number is set before it commits); the unique constraint makes two requests with the same key at once create one case.
create table case_request_key (
    id              bigint auto_increment primary key,
    user_id         varchar(100) not null,
    request_key     varchar(255) not null,
    request_hash    char(64)     not null,
    case_number     varchar(32),
    created_at      datetime(6)  not null,
    expires_at      datetime(6)  not null,
    constraint uk_case_request_key unique (user_id, request_key)
);
create index ix_case_request_key_expiry on case_request_key (expires_at);
