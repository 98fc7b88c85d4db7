-- The dataset tables: filled once at start-up from the CSV files in data/, read-only afterwards.
-- Natural keys (slugs, codes, ids from the files) are the primary keys, so a link or an export
-- names a row the same way the files do. Every column is at least as wide as the loader allows
-- (dataset/Limits: keys 64, addresses 2000, text 4000 characters; values decimal(28, 6)).
-- Texts a reader sees come in two columns, _en and _zh.

create table source (
    id            varchar(64)   not null primary key,
    title_en      varchar(4000),
    title_zh      varchar(4000),
    publisher_en  varchar(4000),
    publisher_zh  varchar(4000),
    published     varchar(10),
    url           varchar(2000),
    locator_en    varchar(4000),
    locator_zh    varchar(4000),
    language      varchar(8)    not null
);

create table venue (
    code        varchar(64)   not null primary key,
    name_en     varchar(4000) not null,
    name_zh     varchar(4000) not null,
    short_en    varchar(4000) not null,
    short_zh    varchar(4000) not null,
    listed      boolean       not null,
    position    int           not null,
    steps       varchar(4000) not null
);

create table company_group (
    code              varchar(64)   not null primary key,
    name_en           varchar(4000),
    name_zh           varchar(4000),
    short_en          varchar(4000),
    short_zh          varchar(4000),
    description_en    varchar(4000),
    description_zh    varchar(4000),
    default_selection boolean       not null,
    position          int           not null
);

create table basis (
    code        varchar(64)   not null primary key,
    label_en    varchar(4000) not null,
    label_zh    varchar(4000) not null
);

create table metric (
    code          varchar(64)   not null primary key,
    label_en      varchar(4000) not null,
    label_zh      varchar(4000) not null,
    kind          varchar(16)   not null,
    derived_from  varchar(4000),
    needs_listing boolean       not null,
    section       varchar(16)   not null,
    position      int           not null
);

create table metric_venue (
    metric      varchar(64)   not null references metric (code),
    venue       varchar(64)   not null references venue (code),
    primary key (metric, venue)
);

create table company (
    slug          varchar(64)   not null primary key,
    name_en       varchar(4000) not null,
    name_zh       varchar(4000) not null,
    city_en       varchar(4000) not null,
    city_zh       varchar(4000) not null,
    founded       varchar(10)   not null,
    venue         varchar(64)   not null references venue (code),
    applied_venue varchar(64)   references venue (code),
    stock_code    varchar(64),
    status        varchar(64)   not null,
    company_group varchar(64)   not null references company_group (code),
    products_en   varchar(4000),
    products_zh   varchar(4000),
    note_en       varchar(4000),
    note_zh       varchar(4000),
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
    variants      varchar(64),
    shown         boolean       not null,
    difference    varchar(16),
    reason_en     varchar(4000),
    reason_zh     varchar(4000),
    note_en       varchar(4000),
    note_zh       varchar(4000)
);

create table figure (
    id            varchar(64)     not null primary key,
    company       varchar(64)     references company (slug),
    metric        varchar(64)     not null references metric (code),
    period        varchar(64)     not null,
    amount        decimal(28, 6)  not null,
    stated_scale  int             not null,
    unit          varchar(16)     not null,
    qualifier     varchar(16)     not null,
    basis         varchar(64)     references basis (code),
    source        varchar(64)     not null references source (id),
    method        varchar(16)     not null,
    phrase        varchar(4000),
    variants      varchar(64),
    shown         boolean         not null,
    difference    varchar(16),
    reason_en     varchar(4000),
    reason_zh     varchar(4000),
    check_note_en varchar(4000),
    check_note_zh varchar(4000),
    note_en       varchar(4000),
    note_zh       varchar(4000),
    position      int             not null
);

create table figure_input (
    figure      varchar(64)   not null references figure (id),
    input       varchar(64)   not null references figure (id),
    position    int           not null,
    primary key (figure, position)
);

create table gap (
    id          varchar(4000) not null primary key,
    company     varchar(64)   not null references company (slug),
    metric      varchar(64)   not null references metric (code),
    period      varchar(64),
    source      varchar(64)   not null references source (id),
    note_en     varchar(4000),
    note_zh     varchar(4000)
);

create table price (
    id                 varchar(64)     not null primary key,
    company            varchar(64)     not null references company (slug),
    price_date         varchar(10)     not null,
    kind               varchar(16)     not null,
    close              decimal(28, 6),
    market_cap         decimal(28, 6),
    return_since_issue decimal(28, 6),
    currency           varchar(16)     not null,
    qualifier          varchar(16)     not null,
    computed           varchar(16)     not null,
    source             varchar(64)     not null references source (id),
    phrase             varchar(4000),
    note_en            varchar(4000),
    note_zh            varchar(4000)
);

create table exchange_rate (
    id            varchar(64)     not null primary key,
    rate_date     varchar(10)     not null,
    currency      varchar(16)     not null,
    cny_per_unit  decimal(28, 6)  not null,
    source        varchar(64)     not null references source (id),
    note_en       varchar(4000),
    note_zh       varchar(4000)
);

create table lockup (
    id             varchar(64)     not null primary key,
    venue          varchar(64)     not null references venue (code),
    company        varchar(64)     references company (slug),
    holder         varchar(64)     not null,
    holder_en      varchar(4000),
    holder_zh      varchar(4000),
    months         int,
    share_percent  decimal(28, 6),
    condition_en   varchar(4000),
    condition_zh   varchar(4000),
    source         varchar(64)     not null references source (id),
    phrase         varchar(4000),
    note_en        varchar(4000),
    note_zh        varchar(4000)
);

create table data_change (
    id           varchar(64)   not null primary key,
    change_date  varchar(10)   not null,
    kind         varchar(16)   not null,
    figure       varchar(64)   references figure (id),
    from_value   varchar(4000),
    to_value     varchar(4000),
    what_en      varchar(4000),
    what_zh      varchar(4000),
    why_en       varchar(4000),
    why_zh       varchar(4000),
    source       varchar(64)   references source (id)
);

create table dataset_info (
    version       varchar(64)   not null primary key,
    as_of         varchar(10)   not null,
    loaded_from   varchar(4000) not null
);
