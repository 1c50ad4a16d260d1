package de.lotse.worklist.internal;

import java.util.Optional;
import java.util.function.Function;

import de.lotse.worklist.WorklistVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Writes the work list's columns onto every new user task as task-local variables: the
 * case reference, the person's name and the stage. Tasklist shows a filter's columns from
 * the variables the clerk may read, and a clerk may read the variables of the tasks
 * offered to them, not those of the process instances. The name comes from the case file
 * each time; the engine deletes it with the task, and {@link ColumnsOutOfHistory} keeps
 * it out of the history tables, so the engine keeps no personal data once the task is
 * done.
 */
class TaskListColumnsListener implements TaskListener {

	private final Function<String, Optional<String>> personNames;

	/**
	 * @param personNames the person's name for a case reference, from the case file
	 */
	TaskListColumnsListener(Function<String, Optional<String>> personNames) {
		this.personNames = personNames;
	}

	@Override
	public void notify(DelegateTask task) {
		CaseContext context = CaseContext.of(task.getExecution());
		String caseReference = context.caseReference();
		if (caseReference != null) {
			task.setVariableLocal(WorklistVariables.CASE_REFERENCE, caseReference);
			this.personNames.apply(caseReference)
				.ifPresent((name) -> task.setVariableLocal(WorklistVariables.PERSON_NAME, name));
		}
		task.setVariableLocal(WorklistVariables.STAGE, context.stage());
	}

}
