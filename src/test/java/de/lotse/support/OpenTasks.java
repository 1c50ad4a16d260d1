package de.lotse.support;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at a case's open user tasks through the engine, without authorization checks.
 */
public final class OpenTasks {

	private OpenTasks() {
	}

	/**
	 * The one open task of a case at a BPMN element; fails the test when there is none.
	 * @param engine the engine
	 * @param reference the case reference (business key)
	 * @param taskDefinitionKey the user task's BPMN id
	 * @return the task
	 */
	public static Task of(ProcessEngine engine, String reference, String taskDefinitionKey) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(task).as("open task %s of %s", taskDefinitionKey, reference).isNotNull();
		return task;
	}

	/**
	 * The candidate groups a task is offered to, in the order the engine lists them.
	 * @param engine the engine
	 * @param taskId the task's id
	 * @return the group ids
	 */
	public static List<String> candidateGroups(ProcessEngine engine, String taskId) {
		return engine.getTaskService()
			.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
