package de.lotse.chain;

/**
 * Process {@code integration-chain}: the main process of one case, from arrival through
 * the intake appointment, registration, benefits, job centre and language course to
 * naturalisation.
 */
public final class IntegrationChainProcess {

	/** Process key (= BPMN process id). */
	public static final String KEY = "integration-chain";

	/**
	 * The person's integration manager (user id), recorded at the intake appointment;
	 * assignee of every escalation task ({@code String}).
	 */
	public static final String INTEGRATION_MANAGER = "integrationManager";

	private IntegrationChainProcess() {
	}

}
