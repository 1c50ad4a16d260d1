-- The case file: the personal data of one person in the integration chain. The
-- processes hold only the case reference and the facts that steer them.
create table case_file (
    case_reference   varchar(20)  not null,
    given_name       varchar(200) not null,
    family_name      varchar(200) not null,
    birth_date       date         not null,
    nationality      char(3)      not null,
    residence_status varchar(20)  not null,
    arrival_date     date         not null,
    move_in_date     date,
    district         varchar(100) not null,
    opened_at        timestamp    not null,
    opened_by        varchar(64)  not null,
    constraint pk_case_file primary key (case_reference)
);

-- An intake repeated with the same Idempotency-Key header opens one case, not two.
create table case_intake_request (
    idempotency_key  varchar(100) not null,
    request_hash     char(64)     not null,
    case_reference   varchar(20)  not null,
    received_at      timestamp    not null,
    constraint pk_case_intake_request primary key (idempotency_key),
    constraint fk_case_intake_request_case foreign key (case_reference) references case_file (case_reference)
);
