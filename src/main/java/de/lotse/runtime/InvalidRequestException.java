package de.lotse.runtime;

import java.util.List;

/**
 * A request whose content is wrong. Answered with 400 and one German message per wrong
 * field, so that a clerk or an agency's IT can correct exactly what is wrong.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidRequestException(List<FieldProblem> problems) {
		super("Invalid request: " + problems.stream().map(FieldProblem::field).toList());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid request needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> getProblems() {
		return this.problems;
	}

	/**
	 * One wrong field.
	 *
	 * @param field the field's name as the request spells it
	 * @param message what is wrong, in German
	 */
	public record FieldProblem(String field, String message) {

	}

}
