package de.lotse.simulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated agencies' behaviour now: the configured one, changed at runtime by tests
 * and demos (an outage switched on, another rejection rate or latency).
 */
class SimulatorState {

	private final SimulatorSettings settings;

	private final Clock clock;

	private final Set<String> outages = ConcurrentHashMap.newKeySet();

	private final Map<String, Double> rejectionRates = new ConcurrentHashMap<>();

	private final Map<String, Duration> latencies = new ConcurrentHashMap<>();

	SimulatorState(SimulatorSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	boolean inOutage(String agency) {
		return this.outages.contains(agency) || this.settings.of(agency).inOutage(this.clock.instant());
	}

	Duration latency(String agency) {
		return this.latencies.getOrDefault(agency, this.settings.of(agency).latency());
	}

	/**
	 * Whether the agency refuses the action with this key: decided by the key and the
	 * seed, so the same call always gets the same decision.
	 */
	boolean refuses(String agency, String idempotencyKey) {
		double rate = this.rejectionRates.getOrDefault(agency, this.settings.of(agency).rejectionRate());
		if (rate <= 0) {
			return false;
		}
		long seed = this.settings.of(agency).seed() * 31 + idempotencyKey.hashCode();
		return new Random(seed).nextDouble() < rate;
	}

	void outage(String agency, boolean active) {
		if (active) {
			this.outages.add(agency);
		}
		else {
			this.outages.remove(agency);
		}
	}

	void rejectionRate(String agency, double rate) {
		this.rejectionRates.put(agency, rate);
	}

	void latency(String agency, Duration latency) {
		this.latencies.put(agency, latency);
	}

	void reset() {
		this.outages.clear();
		this.rejectionRates.clear();
		this.latencies.clear();
	}

}
