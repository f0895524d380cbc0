-- The audit trail (com.weibao.audit). Entries are first written to audit_pending in the transaction of what they
-- record, then sealed into audit_entry in order: each sealed entry carries the SHA-256 of its canonical form and of
-- the entry before it. audit_chain holds the chain's head (locked while sealing, so two nodes never fork it) and
-- the anchor left by the retention purge (the hash of the last purged entry).
create table audit_pending (
    id              bigint auto_increment primary key,
    occurred_at     datetime(6)   not null,
    actor           varchar(100),
    client_address  varchar(64),
    surface         varchar(16)   not null,
    action          varchar(64)   not null,
    object_type     varchar(32),
    object_id       varchar(128),
    hospital_code   varchar(64),
    outcome         varchar(16)   not null,
    detail          varchar(1000)
);

create table audit_entry (
    seq             bigint        not null primary key,
    occurred_at     datetime(6)   not null,
    actor           varchar(100),
    client_address  varchar(64),
    surface         varchar(16)   not null,
    action          varchar(64)   not null,
    object_type     varchar(32),
    object_id       varchar(128),
    hospital_code   varchar(64),
    outcome         varchar(16)   not null,
    detail          varchar(1000),
    prev_hash       char(64)      not null,
    entry_hash      char(64)      not null
);
create index ix_audit_entry_time on audit_entry (occurred_at);
create index ix_audit_entry_hospital on audit_entry (hospital_code, occurred_at);

create table audit_chain (
    id              int           not null primary key,
    last_seq        bigint        not null,
    last_hash       char(64)      not null,
    anchor_seq      bigint        not null,
    anchor_hash     char(64)      not null
);
insert into audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash) values (1, 0,
    '0000000000000000000000000000000000000000000000000000000000000000', 0,
    '0000000000000000000000000000000000000000000000000000000000000000');
