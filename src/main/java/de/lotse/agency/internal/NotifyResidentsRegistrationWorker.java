package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.NaturalisationProcess;

import org.springframework.http.HttpMethod;

/**
 * Notifies the Meldebehörde of the naturalisation, so the register changes the
 * nationality. A refusal becomes an incident.
 */
final class NotifyResidentsRegistrationWorker extends JsonAgencyCall {

	NotifyResidentsRegistrationWorker() {
		super("meldebehoerde", "notify-naturalisation", HttpMethod.POST, "/mitteilungen/einbuergerungen", null,
				caseAnd(NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE), List.of());
	}

}
