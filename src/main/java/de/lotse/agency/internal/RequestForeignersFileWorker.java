package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.ChainVariables;
import de.lotse.chain.NaturalisationProcess;

import org.springframework.http.HttpMethod;

/**
 * Requests the file of the Ausländerbehörde for the naturalisation.
 */
final class RequestForeignersFileWorker extends JsonAgencyCall {

	RequestForeignersFileWorker() {
		super("auslaenderbehoerde", "request-file", HttpMethod.POST, "/akten/anforderungen",
				NaturalisationProcess.ERROR_AGENCY_REQUEST_REFUSED, caseAnd(ChainVariables.NATIONALITY),
				List.of(Output.text("result", NaturalisationProcess.FOREIGNERS_FILE_RESULT)));
	}

}
