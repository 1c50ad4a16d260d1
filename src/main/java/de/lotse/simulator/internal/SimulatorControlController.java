package de.lotse.simulator.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controls the simulator for tests and demos: the actions performed per idempotency key
 * and case, an outage switched on and off, the rejection rate and latency at runtime.
 */
@RestController
@ConditionalOnProperty(name = "lotse.simulator.enabled", havingValue = "true")
class SimulatorControlController {

	private final SimulatorState state;

	private final ActionLedger ledger;

	SimulatorControlController(SimulatorState state, ActionLedger ledger) {
		this.state = state;
		this.ledger = ledger;
	}

	@GetMapping("/simulator/actions")
	List<Map<String, Object>> actions(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String operation, @RequestParam(required = false) String caseReference,
			@RequestParam(required = false) String idempotencyKey) {
		return this.ledger.find(agency, operation, caseReference, idempotencyKey)
			.stream()
			.map(ActionLedger.Action::view)
			.toList();
	}

	@DeleteMapping("/simulator/actions")
	ResponseEntity<Void> forget() {
		this.ledger.clear();
		this.state.reset();
		return ResponseEntity.noContent().build();
	}

	@PostMapping(AgencySimulatorController.PREFIX + "{agency}/outage")
	ResponseEntity<Map<String, Object>> startOutage(@PathVariable String agency) {
		return change(agency, () -> this.state.outage(agency, true));
	}

	@DeleteMapping(AgencySimulatorController.PREFIX + "{agency}/outage")
	ResponseEntity<Map<String, Object>> endOutage(@PathVariable String agency) {
		return change(agency, () -> this.state.outage(agency, false));
	}

	@PutMapping(AgencySimulatorController.PREFIX + "{agency}/behaviour")
	ResponseEntity<Map<String, Object>> behave(@PathVariable String agency, @RequestBody BehaviourChange change) {
		if (change.rejectionRate() != null && (change.rejectionRate() < 0 || change.rejectionRate() > 1)) {
			return AgencySimulatorController.problem(HttpStatus.BAD_REQUEST,
					"rejectionRate: muss zwischen 0 und 1 liegen");
		}
		return change(agency, () -> {
			if (change.rejectionRate() != null) {
				this.state.rejectionRate(agency, change.rejectionRate());
			}
			if (change.latency() != null) {
				this.state.latency(agency, change.latency());
			}
		});
	}

	private ResponseEntity<Map<String, Object>> change(String agency, Runnable change) {
		if (!SimulatedOperation.knows(agency)) {
			return AgencySimulatorController.problem(HttpStatus.NOT_FOUND, "Unbekannte Behörde " + agency);
		}
		change.run();
		return ResponseEntity.ok(Map.of("agency", agency, "outage", this.state.inOutage(agency), "latency",
				this.state.latency(agency).toString()));
	}

	/**
	 * A change of a simulated agency's behaviour; fields left out stay as they are.
	 *
	 * @param rejectionRate the share of refused actions, from 0 to 1
	 * @param latency the time each answer takes, e.g. {@code PT0.5S}
	 */
	record BehaviourChange(Double rejectionRate, Duration latency) {

	}

}
