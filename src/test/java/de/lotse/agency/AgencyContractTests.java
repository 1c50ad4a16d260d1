package de.lotse.agency;

import java.util.List;

import de.lotse.simulator.SimulatedAgencies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every worker calls an operation that its agency's contract
 * ({@code openapi/<agency>.yaml}) documents.
 */
class AgencyContractTests {

	static List<AgencyCall> calls() {
		return AgencyCalls.all();
	}

	@ParameterizedTest
	@MethodSource("calls")
	void everyWorkersOperationIsInItsAgencysContract(AgencyCall call) {
		assertThat(SimulatedAgencies.documentedOperations())
			.contains(new SimulatedAgencies.Operation(call.agency(), call.method().name(), call.path()));
	}

}
