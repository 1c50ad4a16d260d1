package de.lotse.worklist.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.lotse.chain.ChainVariables;
import de.lotse.directory.Departments;
import de.lotse.directory.Teams;
import de.lotse.worklist.WorklistDecisions;
import de.lotse.worklist.WorklistVariables;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the worklist's decision tables for a user task that is being created: the
 * routing table (department and team) and the service-level table (days until due). The
 * latest deployed version of each table applies, so a process designer's change routes
 * the next task. The evaluations are part of the process instance's history, so Cockpit
 * shows why a task went where it went. A table that answers with a group Lotse does not
 * know is overruled by the model's department and logged, so that a mistake in a table
 * never offers a task to nobody.
 */
class TaskRouter {

	private static final Logger log = LoggerFactory.getLogger(TaskRouter.class);

	private final boolean serviceLevelDueDates;

	TaskRouter(boolean serviceLevelDueDates) {
		this.serviceLevelDueDates = serviceLevelDueDates;
	}

	/**
	 * Where a task goes.
	 * @param context the case around the task
	 * @param taskDefinitionKey the task's BPMN id
	 * @param modelGroups the candidate groups the model names
	 * @return the routing
	 */
	Routing route(CaseContext context, String taskDefinitionKey, List<String> modelGroups) {
		Optional<String> modelDepartment = modelGroups.stream().filter(Departments::isDepartment).findFirst();
		if (modelDepartment.isEmpty()) {
			return new Routing(modelGroups, null);
		}
		VariableMap inputs = Variables.createVariables()
			.putValue(WorklistVariables.TASK_DEFINITION_KEY, taskDefinitionKey)
			.putValue(WorklistVariables.PROCESS_DEFINITION_KEY, context.processDefinitionKey())
			.putValue(WorklistVariables.DEPARTMENT, modelDepartment.get())
			.putValue(ChainVariables.DISTRICT, context.fact(ChainVariables.DISTRICT))
			.putValue(ChainVariables.INTERPRETER_LANGUAGE, context.fact(ChainVariables.INTERPRETER_LANGUAGE));
		Map<String, Object> result = evaluate(WorklistDecisions.TASK_ROUTING, inputs);
		String department = modelDepartment.get();
		Object routedDepartment = result.get(WorklistVariables.DEPARTMENT);
		if (routedDepartment != null) {
			if (Departments.isDepartment(routedDepartment.toString())) {
				department = routedDepartment.toString();
			}
			else {
				log.error("Routing table names unknown department '{}' for {}; task stays with {}", routedDepartment,
						taskDefinitionKey, department);
			}
		}
		String group = department;
		Object team = result.get(WorklistVariables.TEAM);
		if (team != null) {
			if (Teams.ofDepartment(department).contains(team.toString())) {
				group = team.toString();
			}
			else {
				log.error("Routing table names team '{}', which is not a team of {}, for {}; task goes to {}", team,
						department, taskDefinitionKey, department);
			}
		}
		List<String> groups = new ArrayList<>(modelGroups);
		groups.set(groups.indexOf(modelDepartment.get()), group);
		return new Routing(List.copyOf(groups), department);
	}

	/**
	 * The service level of a task without a legal deadline.
	 * @param context the case around the task
	 * @param taskDefinitionKey the task's BPMN id
	 * @param department the department that takes the task
	 * @return days until due, empty for no proposal
	 */
	Optional<Integer> serviceLevelDays(CaseContext context, String taskDefinitionKey, String department) {
		if (!this.serviceLevelDueDates) {
			return Optional.empty();
		}
		VariableMap inputs = Variables.createVariables()
			.putValue(WorklistVariables.TASK_DEFINITION_KEY, taskDefinitionKey)
			.putValue(WorklistVariables.PROCESS_DEFINITION_KEY, context.processDefinitionKey())
			.putValue(WorklistVariables.DEPARTMENT, department);
		Object days = evaluate(WorklistDecisions.TASK_SERVICE_LEVEL, inputs).get(WorklistVariables.DUE_IN_DAYS);
		return (days instanceof Number number) ? Optional.of(number.intValue()) : Optional.empty();
	}

	private static Map<String, Object> evaluate(String decisionKey, VariableMap inputs) {
		CommandContext command = Context.getCommandContext();
		DecisionDefinitionEntity latest = command.getDecisionDefinitionManager()
			.findLatestDecisionDefinitionByKey(decisionKey);
		if (latest == null) {
			log.debug("No decision '{}' deployed; the model decides", decisionKey);
			return Map.of();
		}
		DecisionDefinitionEntity definition = Context.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedDecisionDefinitionById(latest.getId());
		try {
			DmnDecisionTableResult result = DecisionEvaluationUtil.evaluateDecisionTable(definition, inputs);
			DmnDecisionRuleResult first = result.getFirstResult();
			return (first != null) ? first.getEntryMap() : Map.of();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ProcessEngineException("Decision '" + decisionKey + "' failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Where a task goes.
	 *
	 * @param candidateGroups the groups to offer it to
	 * @param department the department that takes it, null when the model names none
	 */
	record Routing(List<String> candidateGroups, String department) {
	}

}
