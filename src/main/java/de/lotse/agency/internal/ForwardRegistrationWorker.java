package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.ChainVariables;
import de.lotse.chain.RegistrationProcess;

import org.springframework.http.HttpMethod;

/**
 * Forwards the registration to the Ausländerbehörde (section 72 AufenthV, XAusländer
 * message with XMeld content). No process models a refusal, so a refusal becomes an
 * incident.
 */
final class ForwardRegistrationWorker extends JsonAgencyCall {

	ForwardRegistrationWorker() {
		super("auslaenderbehoerde", "notify-registration", HttpMethod.POST, "/mitteilungen/anmeldungen", null,
				caseAnd(ChainVariables.RESIDENCE_STATUS, ChainVariables.NATIONALITY,
						RegistrationProcess.REGISTRATION_DATE),
				List.of());
	}

}
