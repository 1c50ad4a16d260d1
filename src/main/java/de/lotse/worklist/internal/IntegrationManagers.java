package de.lotse.worklist.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.lotse.chain.IntegrationChainProcess;
import de.lotse.directory.Departments;
import de.lotse.directory.Teams;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Continuity in the Integrationsmanagement: the integration manager who took a person's
 * case keeps all of that person's Integrationsmanagement tasks. The manager is remembered
 * in the variable {@code integrationManager} of the case's chain; the stage processes
 * hold copies of it, which are kept the same. Callers run these steps inside an engine
 * command without authorization checks: the clerk whose completion or the team lead whose
 * handover triggers them may not touch the case's other processes themselves.
 */
final class IntegrationManagers {

	/**
	 * The groups whose tasks are Integrationsmanagement tasks: the department and teams.
	 */
	static final List<String> GROUPS = Stream
		.concat(Stream.of(Departments.INTEGRATIONSMANAGEMENT),
				Teams.ofDepartment(Departments.INTEGRATIONSMANAGEMENT).stream())
		.toList();

	private static final Set<String> GROUP_SET = Set.copyOf(GROUPS);

	private static final String VARIABLE = IntegrationChainProcess.INTEGRATION_MANAGER;

	private final ProcessEngineServices engine;

	IntegrationManagers(ProcessEngineServices engine) {
		this.engine = engine;
	}

	/** Whether a task offered to these groups is an Integrationsmanagement task. */
	static boolean concerns(Collection<String> candidateGroups) {
		return candidateGroups.stream().anyMatch(GROUP_SET::contains);
	}

	/** Whether the user exists and belongs to the Integrationsmanagement. */
	boolean isIntegrationManager(String userId) {
		return userId != null && this.engine.getIdentityService()
			.createGroupQuery()
			.groupId(Departments.INTEGRATIONSMANAGEMENT)
			.groupMember(userId)
			.count() > 0;
	}

	/**
	 * Sets the manager on every running process of the case that holds a copy of it.
	 * @param caseReference the case reference
	 * @param manager the user id
	 * @return the process instances changed
	 */
	List<String> recordOnCopies(String caseReference, String manager) {
		List<String> instances = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(caseReference)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		if (instances.isEmpty()) {
			return List.of();
		}
		return update(this.engine.getRuntimeService()
			.createVariableInstanceQuery()
			.variableName(VARIABLE)
			.processInstanceIdIn(instances.toArray(String[]::new))
			.list(), manager);
	}

	/**
	 * Hands every case of one manager to another: each process holding the manager as
	 * {@code integrationManager} gets the new one.
	 * @param from the manager who hands over
	 * @param to the manager who takes over
	 * @return the process instances changed
	 */
	List<String> handOverCases(String from, String to) {
		return update(this.engine.getRuntimeService()
			.createVariableInstanceQuery()
			.variableName(VARIABLE)
			.variableValueEquals(VARIABLE, from)
			.list(), to);
	}

	/**
	 * The open Integrationsmanagement tasks assigned to a user.
	 * @param userId the assignee
	 * @return the tasks
	 */
	List<Task> openTasksOf(String userId) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.taskCandidateGroupIn(GROUPS)
			.includeAssignedTasks()
			.taskAssignee(userId)
			.list();
	}

	/**
	 * The open Integrationsmanagement tasks of a case that nobody has taken yet.
	 * @param caseReference the case reference
	 * @return the tasks
	 */
	List<Task> unassignedTasksOf(String caseReference) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(caseReference)
			.taskCandidateGroupIn(GROUPS)
			.list();
	}

	/** Assigns a task; the engine grants the assignee TASK_WORK on it. */
	void assign(Task task, String userId) {
		this.engine.getTaskService().setAssignee(task.getId(), userId);
	}

	private List<String> update(List<VariableInstance> copies, String manager) {
		List<String> changed = new ArrayList<>();
		for (VariableInstance copy : copies) {
			if (copy.getTaskId() != null || manager.equals(copy.getValue())) {
				continue;
			}
			this.engine.getRuntimeService().setVariableLocal(copy.getExecutionId(), VARIABLE, manager);
			changed.add(copy.getProcessInstanceId());
		}
		return changed;
	}

}
