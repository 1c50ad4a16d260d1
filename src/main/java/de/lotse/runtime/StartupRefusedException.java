package de.lotse.runtime;

/**
 * Thrown when Lotse refuses to start because of its configuration. Its message is one
 * line naming what is wrong; the failure analyzer prints it without a stack trace.
 */
public class StartupRefusedException extends RuntimeException {

	private final String action;

	public StartupRefusedException(String message, String action) {
		super(message);
		this.action = action;
	}

	/**
	 * What the operator should do about it.
	 * @return the action, one sentence
	 */
	public String getAction() {
		return this.action;
	}

}
