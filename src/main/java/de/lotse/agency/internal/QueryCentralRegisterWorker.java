package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.ChainVariables;
import de.lotse.chain.NaturalisationProcess;

import org.springframework.http.HttpMethod;

/**
 * Queries the Central Register of Foreigners (section 19 AZRG): identity, residence
 * status, benefit receipt.
 */
final class QueryCentralRegisterWorker extends JsonAgencyCall {

	QueryCentralRegisterWorker() {
		super("auslaenderzentralregister", "query", HttpMethod.POST, "/abfragen",
				NaturalisationProcess.ERROR_AGENCY_REQUEST_REFUSED,
				caseAnd(ChainVariables.BIRTH_DATE, ChainVariables.NATIONALITY),
				List.of(Output.text("result", NaturalisationProcess.CENTRAL_REGISTER_RESULT)));
	}

}
