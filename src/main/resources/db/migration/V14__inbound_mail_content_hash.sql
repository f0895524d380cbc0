-- What tells the same mail delivered again from a different mail under the same Message-ID (MailParser.contentHash).
-- Rows from before have none and keep being matched on the Message-ID alone.
alter table inbound_mail add column content_hash varchar(64);
