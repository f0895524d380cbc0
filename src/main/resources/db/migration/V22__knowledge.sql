-- Knowledge base (知识库) and FAQ (常见问题解答): articles with their applicable contracts and a version table
-- keeping who changed what. Portable H2 / MySQL 8 / MariaDB.

create table knowledge_article (
    id                    bigint auto_increment primary key,
    version               bigint        not null,
    reference             varchar(32),
    title                 varchar(255)  not null,
    problem               longtext      not null,
    symptoms              longtext,
    cause                 longtext,
    solution              longtext      not null,
    category              varchar(16)   not null,
    visibility            varchar(16)   not null,
    system_code           varchar(64),
    product_version       varchar(100),
    tags                  varchar(500),
    status                varchar(16)   not null,
    revision              int           not null,
    author                varchar(100)  not null,
    reviewer              varchar(100),
    review_remarks        varchar(2000),
    source_case_number    varchar(64),
    use_count             int           not null,
    created_at            datetime(6)   not null,
    updated_at            datetime(6)   not null,
    published_at          datetime(6),
    retired_at            datetime(6),
    process_instance_id   varchar(64),
    constraint uk_knowledge_article_reference unique (reference)
);

create index ix_knowledge_article_status on knowledge_article (status, visibility);
create index ix_knowledge_article_source on knowledge_article (source_case_number);
-- the review's listeners find their article by the process instance they run in (issue 13's rule)
create index ix_knowledge_article_process on knowledge_article (process_instance_id);

create table knowledge_article_contract (
    article_id     bigint      not null,
    contract_code  varchar(64) not null,
    hospital_code  varchar(64) not null,
    constraint pk_knowledge_article_contract primary key (article_id, contract_code),
    constraint fk_knowledge_article_contract foreign key (article_id) references knowledge_article (id)
);

create index ix_knowledge_article_contract on knowledge_article_contract (contract_code);

create table knowledge_article_version (
    id              bigint auto_increment primary key,
    article_id      bigint        not null,
    revision        int           not null,
    action          varchar(16)   not null,
    changed_fields  varchar(500),
    remarks         varchar(2000),
    changed_by      varchar(100)  not null,
    changed_at      datetime(6)   not null,
    status          varchar(16)   not null,
    title           varchar(255)  not null,
    problem         longtext      not null,
    symptoms        longtext,
    cause           longtext,
    solution        longtext      not null,
    constraint fk_knowledge_article_version foreign key (article_id) references knowledge_article (id)
);

create index ix_knowledge_article_version on knowledge_article_version (article_id, revision);
