package de.lotse.inbox.internal;

import java.util.List;

import de.lotse.inbox.internal.AgencyReplies.StoredReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Correlates pending replies as soon as their process waits for them: a reply that
 * arrived before its case got to the message event is tried again every
 * {@code lotse.inbox.retry-interval}. Safe on several nodes at once, see
 * {@link ReplyCorrelation}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReplyRetrier implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ReplyRetrier.class);

	private final AgencyReplies replies;

	private final ReplyCorrelation correlation;

	private final InboxSettings settings;

	ReplyRetrier(AgencyReplies replies, ReplyCorrelation correlation, InboxSettings settings) {
		this.replies = replies;
		this.correlation = correlation;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::retryPending, this.settings.retryInterval());
	}

	/**
	 * One pass over the pending replies.
	 * @return how many were correlated
	 */
	int retryPending() {
		try {
			List<StoredReply> pending = this.replies.pending(this.settings.retryBatchSize());
			int correlated = 0;
			for (StoredReply reply : pending) {
				if (this.correlation.correlate(reply)) {
					correlated++;
				}
			}
			if (correlated > 0) {
				log.info("Correlated {} of {} pending agency replies", correlated, pending.size());
			}
			return correlated;
		}
		catch (RuntimeException ex) {
			// keep the schedule alive; the next pass tries again
			log.warn("Pending agency replies could not be read", ex);
			return 0;
		}
	}

}
