-- The dataset tables: filled once at start-up from the CSV files in data/, read-only afterwards.
-- Natural keys (slugs, codes, ids from the files) are the primary keys, so a link or an export
-- names a row the same way the files do. Every column is at least as wide as the loader allows
-- (dataset/Limits: keys 64, addresses 2000, text 4000 characters; values decimal(28, 6)).

create table source (
    id          varchar(64)   not null primary key,
    title       varchar(4000)  not null,
    publisher   varchar(4000)  not null,
    published   varchar(10),
    url         varchar(2000),
    locator     varchar(4000),
    language    varchar(8)    not null
);

create table venue (
    code        varchar(64)   not null primary key,
    name_en     varchar(4000)  not null,
    name_zh     varchar(4000)  not null,
    short_en    varchar(4000)  not null,
    short_zh    varchar(4000)  not null,
    listed      boolean       not null,
    position    int           not null
);

create table metric (
    code          varchar(64)   not null primary key,
    label_en      varchar(4000)  not null,
    label_zh      varchar(4000)  not null,
    kind          varchar(16)   not null,
    derived_from  varchar(4000),
    needs_listing boolean       not null,
    position      int           not null
);

create table basis (
    code        varchar(64)   not null primary key,
    label_en    varchar(4000)  not null,
    label_zh    varchar(4000)  not null
);

create table company (
    slug          varchar(64)   not null primary key,
    name_en       varchar(4000)  not null,
    name_zh       varchar(4000)  not null,
    city_en       varchar(4000)  not null,
    city_zh       varchar(4000)  not null,
    founded       varchar(10)   not null,
    venue         varchar(64)   not null references venue (code),
    applied_venue varchar(64)   references venue (code),
    stock_code    varchar(64),
    status        varchar(64)   not null,
    products_en   varchar(4000),
    products_zh   varchar(4000),
    position      int           not null
);

create table company_source (
    company     varchar(64)   not null references company (slug),
    source      varchar(64)   not null references source (id),
    primary key (company, source)
);

create table listing_event (
    id            varchar(64)   not null primary key,
    company       varchar(64)   references company (slug),
    event_date    varchar(10)   not null,
    kind          varchar(64)   not null,
    venue         varchar(64)   not null references venue (code),
    source        varchar(64)   not null references source (id),
    phrase        varchar(4000),
    conflict      varchar(64),
    shown         boolean       not null,
    shown_reason  varchar(4000),
    note          varchar(4000)
);

create table figure (
    id            varchar(64)     not null primary key,
    company       varchar(64)     references company (slug),
    metric        varchar(64)     not null references metric (code),
    period        varchar(64)     not null,
    amount        decimal(28, 6)  not null,
    unit          varchar(16)     not null,
    qualifier     varchar(16)     not null,
    basis         varchar(64)     references basis (code),
    source        varchar(64)     not null references source (id),
    method        varchar(16)     not null,
    phrase        varchar(4000),
    conflict      varchar(64),
    shown         boolean         not null,
    shown_reason  varchar(4000),
    check_note    varchar(4000),
    note          varchar(4000),
    position      int             not null
);

create table dataset_info (
    version       varchar(64)   not null primary key,
    as_of         varchar(10)   not null,
    loaded_from   varchar(4000) not null
);
