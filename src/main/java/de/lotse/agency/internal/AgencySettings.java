package de.lotse.agency.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach each agency: {@code lotse.agencies.<agency>.*}.
 *
 * @param agencies the settings per agency, keyed by the agency of the topic (e.g.
 * {@code meldebehoerde})
 */
@ConfigurationProperties("lotse")
record AgencySettings(Map<String, Agency> agencies) {

	AgencySettings {
		agencies = (agencies != null) ? Map.copyOf(agencies) : Map.of();
	}

	Agency of(String agency) {
		Agency settings = this.agencies.get(agency);
		if (settings == null || settings.baseUrl() == null) {
			throw new IllegalStateException(
					"No base URL for agency '" + agency + "': set lotse.agencies." + agency + ".base-url");
		}
		return settings;
	}

	/**
	 * One agency's endpoint, credential, timeouts and retry policy.
	 *
	 * @param baseUrl base URL of the agency's API; a path alone (e.g.
	 * {@code /simulator/agencies/meldebehoerde}) means this application itself, the
	 * simulator of the default run
	 * @param username user name for HTTP Basic, if the agency uses it
	 * @param password password for HTTP Basic
	 * @param token bearer token, if the agency uses one instead of HTTP Basic
	 * @param connectTimeout how long to wait for the connection to the agency
	 * @param readTimeout how long to wait for the agency's answer
	 * @param retries how often a technical failure is retried before it becomes an
	 * incident
	 * @param retryBackoff the waiting time between retries
	 */
	record Agency(URI baseUrl, String username, String password, String token,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
			@DefaultValue("5") int retries, @DefaultValue RetryBackoff retryBackoff) {

		/**
		 * The base URL against this application's own port when it is a path alone.
		 * @param localPort the port this application listens on, or {@code null}
		 * @return the absolute base URL
		 */
		URI resolvedBaseUrl(Integer localPort) {
			if (this.baseUrl.isAbsolute()) {
				return this.baseUrl;
			}
			if (localPort == null) {
				throw new IllegalStateException("Base URL " + this.baseUrl
						+ " is a path on this application, but it has no web server: set an absolute URL");
			}
			return URI.create("http://localhost:" + localPort + this.baseUrl);
		}

	}

	/**
	 * Growing wait between retries: the n-th retry waits {@code initial × multiplier^n}.
	 *
	 * @param initial the wait before the first retry
	 * @param multiplier the factor by which each further wait grows
	 */
	record RetryBackoff(@DefaultValue("10s") Duration initial, @DefaultValue("2.0") double multiplier) {

		/**
		 * The wait before the next attempt.
		 * @param failuresBefore failures of this task before the current one
		 * @return the wait
		 */
		Duration after(int failuresBefore) {
			double millis = this.initial.toMillis() * Math.pow(this.multiplier, Math.max(0, failuresBefore));
			return Duration.ofMillis((long) Math.min(millis, Duration.ofDays(1).toMillis()));
		}

	}

}
