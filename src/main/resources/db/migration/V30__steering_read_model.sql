-- Read model of the steering figures (module steering), fed by the engine in the engine's
-- own transaction (SteeringHistoryEventHandler). It holds no name, birth date, case
-- reference or free text: a case is known only by case_key, the id of its
-- integration-chain process instance, which never leaves the database. District and
-- status group are copied into every row so that filters need no join.

-- One row per case (integration-chain instance).
create table steering_case (
    case_key     varchar(64)  not null,
    district     varchar(100),
    status_group varchar(20),
    opened_at    timestamp    not null,
    closed_at    timestamp,
    constraint pk_steering_case primary key (case_key)
);

-- One row per case and stage (call activity of the chain): when the case entered the
-- stage and when it left it. lead_seconds = completed_at - entered_at, stored so that
-- percentiles need no date arithmetic (which H2 and PostgreSQL spell differently).
create table steering_stage (
    case_key     varchar(64)  not null,
    stage        varchar(40)  not null,
    district     varchar(100),
    status_group varchar(20),
    entered_at   timestamp    not null,
    completed_at timestamp,
    lead_seconds bigint,
    constraint pk_steering_stage primary key (case_key, stage)
);

-- One row per case and milestone (a business date such as the Anmeldung or the first
-- benefit), as the process recorded it. epoch_day = days since 1970-01-01 of occurred_on,
-- for portable day arithmetic.
create table steering_milestone (
    case_key     varchar(64)  not null,
    milestone    varchar(40)  not null,
    district     varchar(100),
    status_group varchar(20),
    occurred_on  date         not null,
    epoch_day    integer      not null,
    constraint pk_steering_milestone primary key (case_key, milestone)
);

-- One row per activity instance where a case waits: user tasks (kept after completion,
-- for the backlog and the flow of each office), and call activities, receive tasks,
-- catch events and external tasks (kept only while the case waits there, for the
-- heatmap). office = the department the user task is offered to.
create table steering_wait (
    activity_instance_id varchar(64)  not null,
    case_key             varchar(64)  not null,
    process_key          varchar(100) not null,
    element_id           varchar(255) not null,
    district             varchar(100),
    status_group         varchar(20),
    task_id              varchar(64),
    office               varchar(64),
    started_at           timestamp    not null,
    started_second       bigint       not null,
    due_at               timestamp,
    ended_at             timestamp,
    constraint pk_steering_wait primary key (activity_instance_id)
);
