-- The intake door: only authenticated requests are quarantined, each source's kept bodies capped per 24 hours;
-- WeChat callback nonces are accepted once. Portable between H2 and MySQL 8 / MariaDB.

-- The size of each quarantined body as received, and whether it was kept (past the cap only metadata is).
alter table intake_quarantine add column payload_bytes bigint not null default 0;
alter table intake_quarantine add column payload_kept boolean not null default true;
update intake_quarantine set payload_bytes = length(payload);
-- Requests that never proved where they came from are kept with their metadata only, as from now on: their bodies
-- (anyone's, up to 256 KiB each) go, the rows stay for a supervisor to dismiss.
update intake_quarantine set payload = '', payload_kept = false where authenticated = false;
create index ix_intake_quarantine_source on intake_quarantine (source, received_at);

-- The nonce of every authenticated WeChat callback (app, timestamp, nonce) until its timestamp is too old to be
-- accepted anyway: the same callback, or its URL with another body, is refused the second time, also after a
-- restart and on any node.
create table wechat_callback_nonce (
    nonce_key  varchar(100) not null primary key,
    expires_at datetime(6)  not null
);
create index ix_wechat_callback_nonce_expiry on wechat_callback_nonce (expires_at);
