-- Indexes of the steering read model: every dashboard query starts from one of them, so
-- that the figures of a period read the rows of that period (or the open ones), not
-- years of history. One index per cohort: a funnel row counts the cases that entered a
-- stage in the period, a lead time the cases that completed a stage or reached a
-- milestone in the period.

-- Filters by district (and the district list of the filters).
create index ix_steering_case_district on steering_case (district);

-- Funnel: cases that entered each stage in the period.
create index ix_steering_case_arrival_in on steering_case (arrival_entered);
create index ix_steering_case_registration_in on steering_case (registration_entered);
create index ix_steering_case_benefit_in on steering_case (benefit_claim_entered);
create index ix_steering_case_referral_in on steering_case (jobcentre_referral_entered);
create index ix_steering_case_course_in on steering_case (language_course_entered);
create index ix_steering_case_naturalisation_in on steering_case (naturalisation_entered);

-- Lead time of each stage: stages completed in the period.
create index ix_steering_case_arrival_out on steering_case (arrival_completed);
create index ix_steering_case_registration_out on steering_case (registration_completed);
create index ix_steering_case_benefit_out on steering_case (benefit_claim_completed);
create index ix_steering_case_referral_out on steering_case (jobcentre_referral_completed);
create index ix_steering_case_course_out on steering_case (language_course_completed);
create index ix_steering_case_naturalisation_out on steering_case (naturalisation_completed);

-- KPIs between two milestones: cases whose later milestone lies in the period (P2, P3,
-- P8, P9, P14, P14W), and the open naturalisation applications (P15).
create index ix_steering_case_registration_day on steering_case (registration_day);
create index ix_steering_case_first_benefit_day on steering_case (first_benefit_day);
create index ix_steering_case_course_registration_day on steering_case (course_registration_day);
create index ix_steering_case_course_start_day on steering_case (course_start_day);
create index ix_steering_case_naturalisation_handover_day on steering_case (naturalisation_handover_day);
create index ix_steering_case_naturalisation_advice_day on steering_case (naturalisation_advice_day);
create index ix_steering_case_naturalisation_application_day on steering_case (naturalisation_application_day);

-- Heatmap, backlog and metrics: rows still open (ended_at is null), per process.
create index ix_steering_wait_open on steering_wait (ended_at, process_key);
-- Flow per office: tasks received / completed in the months of the period. The columns
-- the flow counts and filters by are in the index, so PostgreSQL answers from the index
-- alone (index-only scan).
create index ix_steering_wait_inflow on steering_wait (started_month, office, first_in, district, status_group);
create index ix_steering_wait_outflow on steering_wait (ended_month, office, first_out, district, status_group);
-- Deadline breaches in the period.
create index ix_steering_wait_due on steering_wait (due_at);
-- The feed: a task's candidate group changes (a team lead hands it to another office).
create index ix_steering_wait_task on steering_wait (task_id);
-- The feed: is this the first task of the case that the office received or completed in
-- this month?
create index ix_steering_wait_case_office on steering_wait (case_key, office);
