-- Indexes of the steering read model, one per access path of the dashboard queries and
-- of the feed. Each dashboard request reads a period (usually 12 months) out of years of
-- history, so every query starts from a time range or from the open rows, never from a
-- full scan.

-- Funnel: stages entered in the period.
create index ix_steering_stage_entered on steering_stage (entered_at);
-- Lead time per stage: stages completed in the period.
create index ix_steering_stage_completed on steering_stage (completed_at);
-- Lead times between milestones (P2, P3, P8, P9, P14): the cohort is the cases whose
-- later milestone lies in the period; the earlier one is found by the primary key.
create index ix_steering_milestone_on on steering_milestone (milestone, occurred_on);
-- Heatmap and backlog: rows still open (ended_at is null), per process.
create index ix_steering_wait_open on steering_wait (ended_at, process_key);
-- Flow per office: tasks created in the period.
create index ix_steering_wait_started on steering_wait (started_at);
-- Deadline breaches in the period.
create index ix_steering_wait_due on steering_wait (due_at);
-- The feed: a task's candidate group changes (team lead hands it to another office).
create index ix_steering_wait_task on steering_wait (task_id);
-- The district list of the filters (only districts with enough cases).
create index ix_steering_case_district on steering_case (district);
