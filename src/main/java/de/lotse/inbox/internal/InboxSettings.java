package de.lotse.inbox.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agency inbox ({@code lotse.inbox.*}).
 *
 * @param retryInterval pause between two passes that correlate pending replies whose
 * process did not wait for them yet
 * @param retryBatchSize most pending replies tried in one pass, least recently tried
 * first
 * @param demoPassword password of the agency users the demo profile creates
 * ({@code agency-<agency>}); ignored outside the demo profile, where the administrator
 * creates agency users
 */
@ConfigurationProperties("lotse.inbox")
record InboxSettings(@DefaultValue("5s") Duration retryInterval, @DefaultValue("200") int retryBatchSize,
		String demoPassword) {

	InboxSettings {
		if (retryInterval.isNegative() || retryInterval.isZero()) {
			throw new IllegalArgumentException("lotse.inbox.retry-interval must be positive");
		}
		if (retryBatchSize < 1) {
			throw new IllegalArgumentException("lotse.inbox.retry-batch-size must be at least 1");
		}
	}

}
