-- Indexes of the steering read model (as of V33): every dashboard query starts from one of them, so
-- that the figures of a period read the rows of that period (or the open ones), not
-- years of history. Each index on steering_case starts with the column that defines a
-- cohort (cases that entered a stage in the period, completed it, reached a milestone)
-- and carries the other columns its query reads, district and status group last, so that
-- PostgreSQL answers from the index alone (index-only scan) without visiting the table.

-- Filters by district (and the district list of the filters).
create index ix_steering_case_district on steering_case (district);

-- Funnel: cases that entered each stage in the period, and whether they left it.
create index ix_sc_arrival_in on steering_case (arrival_entered, arrival_completed, district, status_group);
create index ix_sc_registration_in on steering_case (registration_entered, registration_completed, district, status_group);
create index ix_sc_benefit_in on steering_case (benefit_claim_entered, benefit_claim_completed, district, status_group);
create index ix_sc_referral_in on steering_case (jobcentre_referral_entered, jobcentre_referral_completed, district, status_group);
create index ix_sc_course_in on steering_case (language_course_entered, language_course_completed, district, status_group);
create index ix_sc_naturalisation_in on steering_case (naturalisation_entered, naturalisation_completed, district, status_group);

-- Lead time of each stage: stages completed in the period, with their entry.
create index ix_sc_arrival_out on steering_case (arrival_completed, arrival_entered, district, status_group);
create index ix_sc_registration_out on steering_case (registration_completed, registration_entered, district, status_group);
create index ix_sc_benefit_out on steering_case (benefit_claim_completed, benefit_claim_entered, district, status_group);
create index ix_sc_referral_out on steering_case (jobcentre_referral_completed, jobcentre_referral_entered, district, status_group);
create index ix_sc_course_out on steering_case (language_course_completed, language_course_entered, district, status_group);
create index ix_sc_naturalisation_out on steering_case (naturalisation_completed, naturalisation_entered, district, status_group);

-- KPIs between two milestones: cases whose later milestone lies in the period, with the
-- earlier one (P2, P3, P8, P9, P14, P14W).
create index ix_sc_p2 on steering_case (registration_day, move_in_day, district, status_group);
create index ix_sc_p3 on steering_case (first_benefit_day, arrival_day, district, status_group);
create index ix_sc_p8 on steering_case (course_registration_day, course_entitlement_day, district, status_group);
create index ix_sc_p9 on steering_case (course_start_day, course_registration_day, district, status_group);
create index ix_sc_p14 on steering_case (naturalisation_handover_day, naturalisation_application_day, district, status_group);
create index ix_sc_p14w on steering_case (naturalisation_advice_day, naturalisation_requested_day, district, status_group);
-- P15: naturalisation applications filed by a day and not finished then.
create index ix_sc_p15 on steering_case (naturalisation_application_day, naturalisation_completed, district, status_group);

-- Heatmap, backlog and metrics: rows still open (ended_at is null), per process, with
-- everything those queries read (index-only scans of the open rows).
create index ix_steering_wait_open on steering_wait (ended_at, process_key, element_id, office, started_second, due_at,
    case_no, district, status_group);
-- Flow per office: tasks received / completed in the months of the period, answered
-- from the index alone.
create index ix_steering_wait_inflow on steering_wait (started_month, office, first_in, district, status_group);
create index ix_steering_wait_outflow on steering_wait (ended_month, office, first_out, district, status_group);
-- Deadline breaches in the period, answered from the index alone.
create index ix_steering_wait_due on steering_wait (due_at, office, ended_at, case_no, district, status_group);
-- The feed: a task's candidate group changes (a team lead hands it to another office).
create index ix_steering_wait_task on steering_wait (task_id);
-- The feed: is this the first task of the case that the office received or completed in
-- this month?
create index ix_steering_wait_case_office on steering_wait (case_key, office);
