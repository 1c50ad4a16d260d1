package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.ChainVariables;
import de.lotse.chain.NaturalisationProcess;

import org.springframework.http.HttpMethod;

/**
 * Routine query to the domestic intelligence service (section 37 (2) StAG); the
 * assessment stays with the clerk.
 */
final class QuerySecurityAuthorityWorker extends JsonAgencyCall {

	QuerySecurityAuthorityWorker() {
		super("verfassungsschutz", "security-query", HttpMethod.POST, "/regelanfragen",
				NaturalisationProcess.ERROR_AGENCY_REQUEST_REFUSED,
				caseAnd(ChainVariables.BIRTH_DATE, ChainVariables.NATIONALITY),
				List.of(Output.text("result", NaturalisationProcess.SECURITY_QUERY_RESULT)));
	}

}
