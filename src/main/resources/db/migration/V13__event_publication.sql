-- Spring Modulith's event publication registry (spring-modulith-events-jdbc): one row per event and listener, written
-- in the transaction that publishes the event and completed when the listener has run, so a reaction of one module
-- to another's change survives a crash between the commit and the listener. The registry's own schema
-- initialisation is off (spring.modulith.events.jdbc.schema-initialization.enabled=false); this is its DDL.
-- The registry binds the id as a UUID on H2 and as its text on MySQL / MariaDB: ${event_publication_id_type} is
-- uuid by default and varchar(36) in the mysql profile. Timestamps are written and read as java.sql.Timestamp.
-- The registry's SQL names the table in capitals, and MySQL / MariaDB on Linux tell table names' case apart.
create table EVENT_PUBLICATION (
    id                ${event_publication_id_type} not null primary key,
    listener_id       varchar(512)  not null,
    event_type        varchar(512)  not null,
    serialized_event  varchar(4000) not null,
    publication_date  timestamp(6)  not null,
    completion_date   timestamp(6)  null
);

create index event_publication_by_completion_date on EVENT_PUBLICATION (completion_date);
