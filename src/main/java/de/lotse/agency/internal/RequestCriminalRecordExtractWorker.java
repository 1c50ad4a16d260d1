package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.ChainVariables;
import de.lotse.chain.NaturalisationProcess;

import org.springframework.http.HttpMethod;

/**
 * Requests an unrestricted extract from the Federal Central Criminal Register (BZRG) for
 * the naturalisation.
 */
final class RequestCriminalRecordExtractWorker extends JsonAgencyCall {

	RequestCriminalRecordExtractWorker() {
		super("bundeszentralregister", "request-extract", HttpMethod.POST, "/auskuenfte",
				NaturalisationProcess.ERROR_AGENCY_REQUEST_REFUSED,
				caseAnd(ChainVariables.BIRTH_DATE, ChainVariables.NATIONALITY),
				List.of(Output.text("result", NaturalisationProcess.CRIMINAL_RECORD_EXTRACT_RESULT)));
	}

}
