package de.lotse.steering.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.directory.Teams;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feeds the steering read model from the engine's history events, next to Camunda's own
 * history handler and in the same transaction: what the engine commits, the read model
 * has; what the engine rolls back, it never had.
 * <p>
 * Why history events and not execution listeners added by a parse listener: the events
 * carry everything the figures need, from one place and without touching a model:
 * activity instances start and end (stages, waits), tasks with their due date and
 * candidate groups, and every change of a process variable, so a milestone date is
 * recorded wherever a process sets it (a form, an agency's answer, a message). Only cases
 * of {@code integration-chain} are recorded: every statement below either updates the
 * case's row or copies district and status group from it, and so writes nothing for other
 * root processes.
 */
class ReadModelFeed implements HistoryEventHandler {

	private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Berlin");

	/** Activity types where a case can wait; anything else passes in one transaction. */
	private static final Set<String> WAITS = Set.of(ActivityTypes.TASK_USER_TASK, ActivityTypes.TASK_RECEIVE_TASK,
			ActivityTypes.TASK_SERVICE, ActivityTypes.TASK_SEND_TASK, ActivityTypes.CALL_ACTIVITY,
			ActivityTypes.INTERMEDIATE_EVENT_MESSAGE, ActivityTypes.INTERMEDIATE_EVENT_TIMER,
			ActivityTypes.INTERMEDIATE_EVENT_SIGNAL, ActivityTypes.INTERMEDIATE_EVENT_CONDITIONAL,
			ActivityTypes.GATEWAY_EVENT_BASED);

	private static final String START = HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName();

	private static final String END = HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName();

	private final JdbcTemplate jdbc;

	ReadModelFeed(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricProcessInstanceEventEntity instance) {
			onProcessInstance(instance);
		}
		else if (event instanceof HistoricActivityInstanceEventEntity activity) {
			onActivity(activity);
		}
		else if (event instanceof HistoricTaskInstanceEventEntity task) {
			onTask(task);
		}
		else if (event instanceof HistoricVariableUpdateEventEntity variable) {
			onVariable(variable);
		}
		else if (event instanceof HistoricIdentityLinkLogEventEntity link) {
			onIdentityLink(link);
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

	private void onProcessInstance(HistoricProcessInstanceEventEntity event) {
		if (!IntegrationChainProcess.KEY.equals(event.getProcessDefinitionKey())
				|| !event.getProcessInstanceId().equals(event.getRootProcessInstanceId())) {
			return;
		}
		if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(event.getEventType())) {
			this.jdbc.update("insert into steering_case (case_key, opened_at) values (?, ?)",
					event.getProcessInstanceId(), timestamp(event.getStartTime()));
		}
		else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(event.getEventType())) {
			this.jdbc.update("update steering_case set closed_at = ? where case_key = ?", timestamp(event.getEndTime()),
					event.getProcessInstanceId());
		}
	}

	private void onActivity(HistoricActivityInstanceEventEntity event) {
		String type = event.getActivityType();
		if (type == null || !WAITS.contains(type)) {
			return;
		}
		if (IntegrationChainProcess.KEY.equals(event.getProcessDefinitionKey())
				&& event.getProcessInstanceId().equals(event.getRootProcessInstanceId())) {
			Stage.ofCallActivity(event.getActivityId()).ifPresent((stage) -> onStage(stage, event));
		}
		if (START.equals(event.getEventType())) {
			Date started = event.getStartTime();
			this.jdbc.update("""
					insert into steering_wait (activity_instance_id, case_key, case_no, process_key, element_id,
					    district, status_group, started_at, started_second, started_month)
					select ?, case_key, case_no, ?, ?, district, status_group, ?, ?, ? from steering_case
					where case_key = ?""", event.getActivityInstanceId(), event.getProcessDefinitionKey(),
					event.getActivityId(), timestamp(started), started.getTime() / 1000, month(started),
					event.getRootProcessInstanceId());
		}
		else if (END.equals(event.getEventType())) {
			if (ActivityTypes.TASK_USER_TASK.equals(type)) {
				onTaskDone(event);
			}
			else {
				this.jdbc.update("delete from steering_wait where activity_instance_id = ?",
						event.getActivityInstanceId());
			}
		}
	}

	private void onStage(Stage stage, HistoricActivityInstanceEventEntity event) {
		String caseKey = event.getRootProcessInstanceId();
		if (START.equals(event.getEventType())) {
			// entered again (a process instance modification): the stage starts over
			this.jdbc.update("update steering_case set " + stage.column() + "_entered = ?, " + stage.column()
					+ "_completed = null where case_key = ?", seconds(event.getStartTime()), caseKey);
			if (stage == Stage.NATURALISATION) {
				recordMilestone(caseKey, Milestone.NATURALISATION_REQUESTED, day(event.getStartTime()));
			}
		}
		else if (END.equals(event.getEventType())) {
			this.jdbc.update("update steering_case set " + stage.column() + "_completed = ? where case_key = ?",
					seconds(event.getEndTime()), caseKey);
		}
	}

	private void onTask(HistoricTaskInstanceEventEntity event) {
		String type = event.getEventType();
		if (HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName().equals(type)) {
			// the candidate groups were added just before the task's create event
			String office = office(event.getTaskId());
			int first = (office != null && countOthers(event.getActivityInstanceId(), office, "started_month",
					month(event.getStartTime())) == 0) ? 1 : 0;
			this.jdbc.update("""
					update steering_wait set task_id = ?, due_at = ?, office = ?, first_in = ?
					where activity_instance_id = ?""", event.getTaskId(), timestamp(event.getDueDate()), office, first,
					event.getActivityInstanceId());
		}
		else if (HistoryEventTypes.TASK_INSTANCE_UPDATE.getEventName().equals(type)) {
			this.jdbc.update("update steering_wait set due_at = ? where task_id = ?", timestamp(event.getDueDate()),
					event.getTaskId());
		}
	}

	private void onTaskDone(HistoricActivityInstanceEventEntity event) {
		int month = month(event.getEndTime());
		List<String> offices = this.jdbc.queryForList(
				"select office from steering_wait where activity_instance_id = ? and office is not null", String.class,
				event.getActivityInstanceId());
		int first = (!offices.isEmpty()
				&& countOthers(event.getActivityInstanceId(), offices.get(0), "ended_month", month) == 0) ? 1 : 0;
		this.jdbc.update(
				"update steering_wait set ended_at = ?, ended_month = ?, first_out = ? where activity_instance_id = ?",
				timestamp(event.getEndTime()), month, first, event.getActivityInstanceId());
	}

	/**
	 * Other tasks of the same case that the office received or completed in the month.
	 */
	private long countOthers(String activityInstanceId, String office, String monthColumn, int month) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from steering_wait w
				where w.case_key = (select case_key from steering_wait where activity_instance_id = ?)
				  and w.office = ? and w.%s = ? and w.activity_instance_id <> ?""".formatted(monthColumn), Long.class,
				activityInstanceId, office, month, activityInstanceId);
		return (count != null) ? count : 0;
	}

	private void onIdentityLink(HistoricIdentityLinkLogEventEntity event) {
		// a team lead offers the task to another department: the task moves there (its
		// first_in/first_out marks stay where they were: the flow may then count fewer
		// cases behind a cell, and so suppress more, never less)
		if (event.getTaskId() != null && IdentityLinkType.CANDIDATE.equals(event.getType())
				&& event.getGroupId() != null
				&& HistoryEventTypes.IDENTITY_LINK_ADD.getEventName().equals(event.getEventType())) {
			Teams.departmentOf(event.getGroupId())
				.ifPresent((office) -> this.jdbc.update(
						"update steering_wait set office = ? where task_id = ? and ended_at is null", office,
						event.getTaskId()));
		}
	}

	private void onVariable(HistoricVariableUpdateEventEntity event) {
		String type = event.getEventType();
		if (!HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(type)
				&& !HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(type)) {
			return;
		}
		// only variables of the process instance itself, not of a task or an activity
		// scope
		if (event.getProcessInstanceId() == null || !event.getProcessInstanceId().equals(event.getExecutionId())
				|| event.getTaskId() != null) {
			return;
		}
		String caseKey = event.getRootProcessInstanceId();
		boolean chain = IntegrationChainProcess.KEY.equals(event.getProcessDefinitionKey())
				&& event.getProcessInstanceId().equals(caseKey);
		if (chain && ChainVariables.DISTRICT.equals(event.getVariableName())) {
			updateFacts(caseKey, "district", event.getTextValue());
		}
		else if (chain && ChainVariables.RESIDENCE_STATUS.equals(event.getVariableName())) {
			updateFacts(caseKey, "status_group",
					StatusGroup.of(event.getTextValue()).map(StatusGroup::name).orElse(null));
		}
		Milestone.of(event.getProcessDefinitionKey(), event.getVariableName())
			.ifPresent((milestone) -> date(event).ifPresent((date) -> recordMilestone(caseKey, milestone, date)));
	}

	private void updateFacts(String caseKey, String column, String value) {
		// column is one of two constants, never input
		this.jdbc.update("update steering_case set " + column + " = ? where case_key = ?", value, caseKey);
		this.jdbc.update("update steering_wait set " + column + " = ? where case_key = ?", value, caseKey);
	}

	private void recordMilestone(String caseKey, Milestone milestone, LocalDate date) {
		this.jdbc.update("update steering_case set " + milestone.column() + " = ? where case_key = ?",
				(int) date.toEpochDay(), caseKey);
	}

	/**
	 * The department the task is offered to: its candidate group, or the department of
	 * the team the routing offered it to (the first, if several).
	 */
	private static String office(String taskId) {
		TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
		if (task == null) {
			return null;
		}
		return task.getCandidates()
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.sorted()
			.map(Teams::departmentOf)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

	/** A date variable's value as a calendar day: a date, or an ISO date from a form. */
	private static Optional<LocalDate> date(HistoricVariableUpdateEventEntity event) {
		if ("date".equals(event.getSerializerName()) && event.getLongValue() != null) {
			return Optional.of(day(new Date(event.getLongValue())));
		}
		if ("string".equals(event.getSerializerName()) && event.getTextValue() != null
				&& event.getTextValue().length() >= 10) {
			try {
				return Optional.of(LocalDate.parse(event.getTextValue().substring(0, 10)));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static LocalDate day(Date date) {
		return date.toInstant().atZone(MUNICIPALITY).toLocalDate();
	}

	/** The month in the municipality's calendar, as {@code yyyymm}. */
	static int month(Date date) {
		ZonedDateTime time = date.toInstant().atZone(MUNICIPALITY);
		return time.getYear() * 100 + time.getMonthValue();
	}

	private static Long seconds(Date date) {
		return (date != null) ? date.getTime() / 1000 : null;
	}

	private static Timestamp timestamp(Date date) {
		return (date != null) ? new Timestamp(date.getTime()) : null;
	}

}
