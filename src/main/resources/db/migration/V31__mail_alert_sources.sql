-- Monitoring systems that mail alerts about a contract's systems: their addresses are among the contract's mail
-- senders (contract_mail_address) and listed here too. A repeated alert of an open case becomes a note on it.
create table contract_alert_address (
    contract_id bigint       not null,
    address     varchar(320) not null,
    constraint pk_contract_alert_address primary key (contract_id, address),
    constraint fk_alert_address_contract foreign key (contract_id) references contract (id)
);
create index ix_contract_alert_address on contract_alert_address (address);
