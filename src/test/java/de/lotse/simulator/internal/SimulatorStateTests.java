package de.lotse.simulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorStateTests {

	private static final Instant NOON = Instant.parse("2026-03-09T12:00:00Z");

	@Test
	void aConfiguredOutageWindowTakesTheAgencyDownOnlyWithinIt() {
		SimulatorSettings.Window window = new SimulatorSettings.Window(NOON, NOON.plus(Duration.ofHours(1)));
		SimulatorSettings settings = settings(
				new SimulatorSettings.Behaviour(Duration.ZERO, 0, 0, List.of(window), null, null));

		assertThat(state(settings, NOON.minusSeconds(1)).inOutage("meldebehoerde")).isFalse();
		assertThat(state(settings, NOON).inOutage("meldebehoerde")).isTrue();
		assertThat(state(settings, NOON.plus(Duration.ofMinutes(59))).inOutage("meldebehoerde")).isTrue();
		assertThat(state(settings, NOON.plus(Duration.ofHours(1))).inOutage("meldebehoerde")).isFalse();
		assertThat(state(settings, NOON).inOutage("sozialamt")).isFalse();
	}

	@Test
	void theRefusalIsDecidedPerKeyAndSeedAtTheConfiguredRate() {
		SimulatorSettings settings = settings(
				new SimulatorSettings.Behaviour(Duration.ZERO, 0.25, 42, List.of(), null, null));
		SimulatorState state = state(settings, NOON);

		long refused = IntStream.range(0, 2000)
			.filter((i) -> state.refuses("meldebehoerde", "LT-" + i + "/Task_RegisterResidence/x"))
			.count();

		assertThat(refused).isBetween(400L, 600L);
		assertThat(IntStream.range(0, 200)
			.allMatch((i) -> state.refuses("meldebehoerde", "key-" + i) == state(settings, NOON)
				.refuses("meldebehoerde", "key-" + i)))
			.isTrue();
		assertThat(state.refuses("sozialamt", "LT-1/Task_PayFirstAsylblgBenefit/x")).isFalse();
	}

	private static SimulatorSettings settings(SimulatorSettings.Behaviour meldebehoerde) {
		return new SimulatorSettings(true, Map.of("meldebehoerde", meldebehoerde),
				new SimulatorSettings.Replies(false, Duration.ZERO, null, null));
	}

	private static SimulatorState state(SimulatorSettings settings, Instant now) {
		return new SimulatorState(settings, Clock.fixed(now, ZoneOffset.UTC));
	}

}
