-- One quarantine for every intake channel (mail, CTI, WeChat): one table, one set of statuses (OPEN, REPROCESSED,
-- DISMISSED). The intake quarantine becomes it (its rows keep their ids); the mail quarantine's rows move into it
-- with their raw bytes, error, times, attempts and status, and the mail ledger follows them to their new ids.
-- Portable between H2 and MySQL 8 / MariaDB: columns are added, filled and dropped, never changed in place.

alter table intake_quarantine rename to quarantine;
drop index ix_intake_quarantine_status on quarantine;
drop index ix_intake_quarantine_source on quarantine;

-- The channel (as cases name it: EMAIL, PHONE, WECHAT) beside the source (mailbox, CTI source, WeChat app).
alter table quarantine add column channel varchar(16) not null default 'PHONE';
update quarantine set channel = 'WECHAT' where source not like 'CTI:%';
alter table quarantine alter column channel drop default;

-- Who sent it and what it is about, where the channel says so (a mail's From and Subject).
alter table quarantine add column sender varchar(320);
alter table quarantine add column subject varchar(500);

-- The body as bytes (a mail in any charset survives), its media type for the download.
alter table quarantine add column body longblob;
alter table quarantine add column body_bytes bigint not null default 0;
alter table quarantine add column body_kept boolean not null default true;
alter table quarantine add column content_type varchar(100) not null default 'application/json';
update quarantine set body = payload, body_bytes = payload_bytes, body_kept = payload_kept;
update quarantine set content_type = 'application/xml' where channel = 'WECHAT';
alter table quarantine alter column body_bytes drop default;
alter table quarantine alter column body_kept drop default;
alter table quarantine alter column content_type drop default;
alter table quarantine drop column payload;
alter table quarantine drop column payload_bytes;
alter table quarantine drop column payload_kept;

-- When it was put aside (received_at is when it arrived: for a mail, its server's date), how often it was tried,
-- and the case reprocessing led to.
alter table quarantine add column quarantined_at datetime(6) not null default '2000-01-01 00:00:00';
update quarantine set quarantined_at = received_at;
alter table quarantine alter column quarantined_at drop default;
alter table quarantine add column attempts int not null default 1;
alter table quarantine alter column attempts drop default;
alter table quarantine add column case_number varchar(32);

-- The mail quarantine's rows, DISCARDED now DISMISSED; the ledger points at their new ids.
alter table quarantine add column mail_quarantine_id bigint;
insert into quarantine (channel, source, reason, detail, authenticated, reference, sender, subject, body, body_bytes,
                        body_kept, content_type, received_at, quarantined_at, attempts, status, resolved_by,
                        resolved_at, case_number, mail_quarantine_id)
select 'EMAIL', left(concat('EMAIL:', mailbox), 64),
       case when error like '%over the limit%' then 'TOO_LARGE' else 'FAILED' end,
       error, true, message_key, sender, subject, raw, size, true, 'message/rfc822', received_at, quarantined_at,
       attempts, case when status = 'DISCARDED' then 'DISMISSED' else status end, resolved_by, resolved_at,
       case_number, id
from mail_quarantine order by id;
update inbound_mail set quarantine_id = (select q.id from quarantine q where q.mail_quarantine_id = inbound_mail.quarantine_id)
where quarantine_id is not null;
update inbound_mail set outcome = 'DISMISSED' where outcome = 'DISCARDED';
alter table quarantine drop column mail_quarantine_id;
drop table mail_quarantine;

create index ix_quarantine_status on quarantine (status, quarantined_at);
create index ix_quarantine_source on quarantine (source, quarantined_at);
create index ix_quarantine_channel on quarantine (channel, status, quarantined_at);
