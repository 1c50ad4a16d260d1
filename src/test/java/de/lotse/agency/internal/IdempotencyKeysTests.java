package de.lotse.agency.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeysTests {

	@Test
	void aRetryOfTheSameTaskKeepsItsKey() {
		AgencyTask first = task("task-1", "activity-instance-1", null);
		AgencyTask retry = task("task-1", "activity-instance-1", 3);

		assertThat(IdempotencyKeys.of(retry)).isEqualTo(IdempotencyKeys.of(first))
			.startsWith("LT-2026-K7Q3XP/Task_RegisterResidence/");
	}

	@Test
	void aLoopBackToTheSameTaskIsANewAction() {
		AgencyTask first = task("task-1", "activity-instance-1", null);
		AgencyTask resubmission = task("task-2", "activity-instance-2", null);

		assertThat(IdempotencyKeys.of(resubmission)).isNotEqualTo(IdempotencyKeys.of(first));
	}

	@Test
	void theRetryBackoffGrowsByTheMultiplier() {
		AgencySettings.RetryBackoff backoff = new AgencySettings.RetryBackoff(java.time.Duration.ofSeconds(10), 2);

		assertThat(backoff.after(0)).hasSeconds(10);
		assertThat(backoff.after(1)).hasSeconds(20);
		assertThat(backoff.after(3)).hasSeconds(80);
	}

	private static AgencyTask task(String id, String activityInstanceId, Integer retries) {
		return new AgencyTask(id, "agency.meldebehoerde.register", "LT-2026-K7Q3XP", "process-instance-1",
				"Task_RegisterResidence", activityInstanceId, retries, Map.of());
	}

}
