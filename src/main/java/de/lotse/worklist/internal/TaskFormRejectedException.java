package de.lotse.worklist.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A task completion whose values the task's form does not allow. Its message is German
 * and names every wrong field by its label; the HTTP APIs answer it with 400.
 * <p>
 * Deliberately not a {@code ProcessEngineException}: the engine's REST resources wrap
 * those in an English "Cannot complete task …" message, while this one reaches the
 * response as it is (see {@link TaskFormRejectedMapper}).
 */
public class TaskFormRejectedException extends RuntimeException {

	private final transient List<FormCheck.Problem> problems;

	TaskFormRejectedException(List<FormCheck.Problem> problems) {
		super(problems.stream().map(FormCheck.Problem::message).collect(Collectors.joining(" ")));
		this.problems = List.copyOf(problems);
	}

	List<FormCheck.Problem> problems() {
		return this.problems;
	}

}
