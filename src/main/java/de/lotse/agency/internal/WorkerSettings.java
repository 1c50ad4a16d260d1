package de.lotse.agency.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the agency workers fetch their tasks: {@code lotse.workers.*}.
 *
 * @param enabled whether this application fetches and executes agency tasks
 * @param lockDuration how long a fetched task stays locked for this worker; longer than
 * an agency's connect and read timeouts together
 * @param maxTasks how many tasks one fetch locks at most
 * @param pollInterval the pause between fetches while there is work
 * @param maxIdleInterval the longest pause between fetches when there is no work; the
 * pause doubles from the poll interval up to this
 * @param engineRest the engine's REST API for a separate worker process (profile
 * {@code worker})
 */
@ConfigurationProperties("lotse.workers")
record WorkerSettings(@DefaultValue("true") boolean enabled, @DefaultValue("2m") Duration lockDuration,
		@DefaultValue("10") int maxTasks, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("10s") Duration maxIdleInterval, @DefaultValue EngineRest engineRest) {

	/**
	 * The engine's REST API for a separate worker process.
	 *
	 * @param url address of the REST API, e.g. {@code http://localhost:8080/engine-rest}
	 * @param username engine user the worker authenticates as (HTTP Basic)
	 * @param password that user's password
	 */
	record EngineRest(@DefaultValue("http://localhost:8080/engine-rest") URI url, String username, String password) {

	}

}
