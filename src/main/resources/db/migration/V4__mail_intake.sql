-- Mail intake: which senders belong to which contract, every mail received (the ledger that makes intake
-- idempotent), the quarantine of mails that could not be taken in, and the threading of outbound mails.

-- Known sender addresses and domains per contract: mail from them becomes a case of that contract.
create table contract_mail_address (
    contract_id bigint       not null,
    address     varchar(320) not null,
    constraint pk_contract_mail_address primary key (contract_id, address),
    constraint fk_mail_address_contract foreign key (contract_id) references contract (id)
);
create index ix_contract_mail_address on contract_mail_address (address);

create table contract_mail_domain (
    contract_id bigint       not null,
    domain      varchar(255) not null,
    constraint pk_contract_mail_domain primary key (contract_id, domain),
    constraint fk_mail_domain_contract foreign key (contract_id) references contract (id)
);

-- One row per distinct mail, written in the same transaction as the case, note or quarantine entry it led to.
-- message_key is "m:" + SHA-256 of the Message-ID, or "r:" + SHA-256 of the raw mail when it has none.
create table inbound_mail (
    id            bigint auto_increment primary key,
    message_key   varchar(80)   not null,
    message_id    varchar(998),
    mailbox       varchar(100)  not null,
    sender        varchar(320),
    subject       varchar(500),
    received_at   datetime(6)   not null,
    processed_at  datetime(6)   not null,
    outcome       varchar(24)   not null,
    case_id       bigint,
    auto_reply    varchar(200),
    quarantine_id bigint,
    constraint uk_inbound_mail_key unique (message_key),
    constraint fk_inbound_mail_case foreign key (case_id) references support_case (id)
);
create index ix_inbound_mail_case on inbound_mail (case_id);
create index ix_inbound_mail_sender on inbound_mail (sender, processed_at);

-- Mails that could not be taken in (unparseable, over the size limit, a bounce for no known case), raw bytes kept
-- until a supervisor reprocesses or discards them.
create table mail_quarantine (
    id            bigint auto_increment primary key,
    message_key   varchar(80)   not null,
    mailbox       varchar(100)  not null,
    sender        varchar(320),
    subject       varchar(500),
    size          bigint        not null,
    raw           longblob      not null,
    error         varchar(2000) not null,
    received_at   datetime(6)   not null,
    quarantined_at datetime(6)  not null,
    status        varchar(16)   not null,
    attempts      int           not null,
    resolved_by   varchar(100),
    resolved_at   datetime(6),
    case_number   varchar(32)
);
create index ix_mail_quarantine_status on mail_quarantine (status, quarantined_at);

-- Outbound mails: the Message-ID a notification answers (acknowledgements), and a lookup of replies by Message-ID.
alter table notification add column in_reply_to varchar(998);
create index ix_notification_external on notification (external_id);
