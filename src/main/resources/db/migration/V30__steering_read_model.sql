-- Read model of the steering figures (module steering), fed by the engine in the engine's
-- own transaction (ReadModelFeed). It holds no name, birth date, case reference or free
-- text: a case is known only by case_key, the id of its integration-chain process
-- instance, which never leaves the database.

-- One row per case (integration-chain instance), with its stages and milestones as
-- columns: the funnel, the lead times and the naturalisation backlog each read this table
-- once, without joins, however long the period. Instants are seconds since 1970 (UTC),
-- days are days since 1970-01-01 (municipality's calendar), so that every duration is a
-- subtraction of two numbers, which H2 and PostgreSQL spell alike.
create table steering_case (
    case_key                        varchar(64)  not null,
    district                        varchar(100),
    status_group                    varchar(20),
    opened_at                       timestamp    not null,
    closed_at                       timestamp,
    -- stages: when the case entered the stage's call activity and when it left it
    arrival_entered                 bigint,
    arrival_completed               bigint,
    registration_entered            bigint,
    registration_completed          bigint,
    benefit_claim_entered           bigint,
    benefit_claim_completed         bigint,
    jobcentre_referral_entered      bigint,
    jobcentre_referral_completed    bigint,
    language_course_entered         bigint,
    language_course_completed       bigint,
    naturalisation_entered          bigint,
    naturalisation_completed        bigint,
    -- milestones: business dates as the processes recorded them
    arrival_day                     integer,
    move_in_day                     integer,
    registration_day                integer,
    first_benefit_day               integer,
    course_entitlement_day          integer,
    course_registration_day         integer,
    course_start_day                integer,
    naturalisation_requested_day    integer,
    naturalisation_advice_day       integer,
    naturalisation_application_day  integer,
    naturalisation_handover_day     integer,
    constraint pk_steering_case primary key (case_key)
);

-- One row per activity instance where a case waits: user tasks (kept after completion,
-- for the backlog and the flow of each office), and call activities, receive tasks,
-- catch events and external tasks (kept only while the case waits there, for the
-- heatmap). office = the department a user task is offered to. started_month and
-- ended_month (yyyymm, municipality's calendar) group the flow; first_in / first_out
-- mark the first task of the case that the office received / completed in that month, so
-- that the flow counts the cases behind its tasks without count(distinct).
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
    started_month        integer      not null,
    due_at               timestamp,
    ended_at             timestamp,
    ended_month          integer,
    first_in             integer,
    first_out            integer,
    constraint pk_steering_wait primary key (activity_instance_id)
);
