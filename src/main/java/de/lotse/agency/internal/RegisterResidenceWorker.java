package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.ChainVariables;
import de.lotse.chain.RegistrationProcess;

import org.springframework.http.HttpMethod;

/**
 * Submits the Anmeldung to the Meldebehörde (XMeld Anmeldung, section 17 BMG); the answer
 * carries the register's number of the Meldebestätigung. A refusal (e.g. doubts about the
 * address) raises {@code REGISTRATION_REFUSED}.
 */
final class RegisterResidenceWorker extends JsonAgencyCall {

	/** Output: the Meldebehörde's number of the Anmeldung ({@code String}). */
	static final String REGISTRATION_NUMBER = "registrationNumber";

	RegisterResidenceWorker() {
		super("meldebehoerde", "register", HttpMethod.POST, "/anmeldungen",
				RegistrationProcess.ERROR_REGISTRATION_REFUSED, caseAnd(ChainVariables.NATIONALITY,
						ChainVariables.BIRTH_DATE, ChainVariables.MOVE_IN_DATE, ChainVariables.DISTRICT),
				List.of(Output.text("registrationNumber", REGISTRATION_NUMBER)));
	}

}
