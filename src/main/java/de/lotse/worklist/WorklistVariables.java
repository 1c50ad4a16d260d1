package de.lotse.worklist;

import java.util.Set;

/**
 * Names of the inputs and outputs of the {@link WorklistDecisions decisions}, and of the
 * task-local variables Lotse writes on every user task it creates so that Tasklist's
 * filters can show them as columns. Clerks may read the variables of the tasks offered to
 * them, but not the variables of the process instances, so the columns are copied onto
 * the task.
 */
public final class WorklistVariables {

	/** Decision input: BPMN id of the user task ({@code String}). */
	public static final String TASK_DEFINITION_KEY = "taskDefinitionKey";

	/** Decision input: key of the task's process ({@code String}). */
	public static final String PROCESS_DEFINITION_KEY = "processDefinitionKey";

	/**
	 * Decision input: the department the model offers the task to; output of
	 * {@link WorklistDecisions#TASK_ROUTING}: the department that takes it, empty for the
	 * model's ({@code String}).
	 */
	public static final String DEPARTMENT = "department";

	/** Output of {@link WorklistDecisions#TASK_ROUTING}: the team, empty for none. */
	public static final String TEAM = "team";

	/**
	 * Output of {@link WorklistDecisions#TASK_SERVICE_LEVEL}: calendar days until the
	 * task is due ({@code Integer}), empty for no proposal.
	 */
	public static final String DUE_IN_DAYS = "dueInDays";

	/** Task-local column: the case reference (Aktenzeichen). */
	public static final String CASE_REFERENCE = "caseReference";

	/**
	 * Task-local column: the person's name from the case file: family name, given name.
	 */
	public static final String PERSON_NAME = "personName";

	/** Task-local column: the stage of the chain the task belongs to, in German. */
	public static final String STAGE = "stage";

	/** The task-local columns. */
	public static final Set<String> COLUMNS = Set.of(CASE_REFERENCE, PERSON_NAME, STAGE);

	private WorklistVariables() {
	}

}
