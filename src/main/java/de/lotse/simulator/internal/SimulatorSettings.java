package de.lotse.simulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the agency simulator behaves: {@code lotse.simulator.*}.
 *
 * @param enabled whether this application serves the simulated agencies under
 * {@code /simulator/agencies/<agency>}
 * @param agencies the behaviour per agency, keyed by agency (e.g. {@code meldebehoerde});
 * an agency not listed answers at once and never refuses
 * @param replies the asynchronous replies the simulated agencies post to Lotse's inbox
 */
@ConfigurationProperties("lotse.simulator")
record SimulatorSettings(@DefaultValue("true") boolean enabled, Map<String, Behaviour> agencies,
		@DefaultValue Replies replies) {

	SimulatorSettings {
		agencies = (agencies != null) ? Map.copyOf(agencies) : Map.of();
	}

	Behaviour of(String agency) {
		return this.agencies.getOrDefault(agency, Behaviour.NORMAL);
	}

	/**
	 * One simulated agency's behaviour.
	 *
	 * @param latency how long the agency takes for each answer
	 * @param rejectionRate share of actions the agency refuses on the merits, from 0 to
	 * 1; decided per idempotency key, so a repeated call gets the same answer
	 * @param seed seed of the refusal decision, so a run can be repeated exactly
	 * @param outages time windows in which the agency answers 503 (maintenance)
	 * @param username user name the agency expects (HTTP Basic); none means no check
	 * @param password password the agency expects
	 */
	record Behaviour(@DefaultValue("0s") Duration latency, @DefaultValue("0") double rejectionRate,
			@DefaultValue("0") long seed, List<Window> outages, String username, String password) {

		static final Behaviour NORMAL = new Behaviour(Duration.ZERO, 0, 0, List.of(), null, null);

		Behaviour {
			outages = (outages != null) ? List.copyOf(outages) : List.of();
		}

		boolean inOutage(Instant now) {
			return this.outages.stream().anyMatch((window) -> window.contains(now));
		}

	}

	/**
	 * The simulated agencies' later answers, posted to
	 * {@code <target-url>/api/agencies/<agency>/replies} as user {@code agency-<agency>}.
	 *
	 * @param enabled whether the simulated agencies post later answers
	 * @param delay how long after the action the answer is posted
	 * @param targetUrl base URL of Lotse's inbox; empty means this application itself
	 * @param password password of the agencies' users at Lotse's inbox
	 */
	record Replies(@DefaultValue("false") boolean enabled, @DefaultValue("30s") Duration delay, String targetUrl,
			String password) {

	}

	/**
	 * A time window.
	 *
	 * @param from the first instant of the window
	 * @param to the instant the window ends (exclusive)
	 */
	record Window(Instant from, Instant to) {

		boolean contains(Instant instant) {
			return !instant.isBefore(this.from) && instant.isBefore(this.to);
		}

	}

}
