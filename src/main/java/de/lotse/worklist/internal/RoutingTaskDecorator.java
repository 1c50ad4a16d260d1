package de.lotse.worklist.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import de.lotse.directory.Departments;
import de.lotse.worklist.internal.TaskRouter.Routing;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decorates a new user task the way the model says, then routes it before anyone is
 * granted anything: the candidate groups the model names
 * ({@code camunda:candidateGroups}, the department) go through the routing table and the
 * task is offered to the department or team it names; an Integrationsmanagement task is
 * assigned to the case's integration manager; a task without a due date from a legal
 * deadline gets the service level's. Doing this while the task is decorated, not in a
 * listener afterwards, matters: the engine grants every candidate group permissions on
 * the task, and never takes them back when a candidate group is removed.
 */
class RoutingTaskDecorator extends TaskDecorator {

	private static final Logger log = LoggerFactory.getLogger(RoutingTaskDecorator.class);

	private final TaskRouter router;

	RoutingTaskDecorator(TaskDecorator model, TaskRouter router) {
		super(model.getTaskDefinition(), model.getExpressionManager());
		this.router = router;
	}

	@Override
	protected void initializeTaskAssignments(TaskEntity task, VariableScope variableScope) {
		CaseContext context = CaseContext.of((ExecutionEntity) variableScope);
		String key = getTaskDefinition().getKey();
		Routing routing = this.router.route(context, key, modelCandidateGroups(variableScope));

		String assignee = modelAssignee(variableScope);
		String manager = IntegrationManagers.concerns(routing.candidateGroups()) ? context.integrationManager() : null;
		if (manager != null) {
			// the case's manager outranks the model's copy, which may be older than a
			// handover
			assignee = stillIntegrationManager(context, task, manager) ? manager : null;
		}
		if (assignee != null) {
			task.setAssignee(assignee);
		}
		initializeTaskCandidateUsers(task, variableScope);
		task.addCandidateGroups(routing.candidateGroups());

		if (task.getDueDate() == null && routing.department() != null) {
			this.router.serviceLevelDays(context, key, routing.department())
				.ifPresent((days) -> task.setDueDate(MunicipalDays.startOfDayIn(days)));
		}
	}

	private boolean stillIntegrationManager(CaseContext context, TaskEntity task, String manager) {
		IntegrationManagers managers = new IntegrationManagers(task.getProcessEngineServices());
		if (Context.getCommandContext().runWithoutAuthorization(() -> managers.isIntegrationManager(manager))) {
			return true;
		}
		log.warn("Case {}: integration manager {} is no longer in {}; task {} stays open to the department",
				context.caseReference(), manager, Departments.INTEGRATIONSMANAGEMENT, task.getTaskDefinitionKey());
		return false;
	}

	private String modelAssignee(VariableScope variableScope) {
		Expression expression = getTaskDefinition().getAssigneeExpression();
		return (expression != null) ? (String) expression.getValue(variableScope) : null;
	}

	private List<String> modelCandidateGroups(VariableScope variableScope) {
		List<String> groups = new ArrayList<>();
		for (Expression expression : getTaskDefinition().getCandidateGroupIdExpressions()) {
			Object value = expression.getValue(variableScope);
			if (value instanceof String text) {
				groups.addAll(Arrays.asList(text.split("\\s*,\\s*")));
			}
			else if (value instanceof Collection<?> collection) {
				collection.forEach((group) -> groups.add(String.valueOf(group)));
			}
			else {
				throw new ProcessEngineException("Expression did not resolve to a string or collection of strings");
			}
		}
		return groups;
	}

}
