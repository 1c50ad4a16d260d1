package de.lotse.simulator.internal;

import java.time.ZoneId;

/**
 * The simulated agencies' time zone.
 */
final class SimulatorClock {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private SimulatorClock() {
	}

}
