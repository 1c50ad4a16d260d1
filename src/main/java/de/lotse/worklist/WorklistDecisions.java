package de.lotse.worklist;

/**
 * Keys of the DMN decisions in {@code processes/} that Lotse evaluates whenever a user
 * task is created. Each key is the decision id; the file is its kebab-case name.
 */
public final class WorklistDecisions {

	/**
	 * Department and team a user task is offered to, from the task, the department the
	 * model names, the district and the language needs.
	 */
	public static final String TASK_ROUTING = "taskRouting";

	/**
	 * Days until a user task is due, proposed where no legal deadline sets its due date.
	 */
	public static final String TASK_SERVICE_LEVEL = "taskServiceLevel";

	private WorklistDecisions() {
	}

}
