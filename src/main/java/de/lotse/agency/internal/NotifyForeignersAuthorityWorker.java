package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.NaturalisationProcess;

import org.springframework.http.HttpMethod;

/**
 * Notifies the Ausländerbehörde of the naturalisation; the file moves to Ausländerdatei B
 * (sections 67, 68 AufenthV). A refusal becomes an incident.
 */
final class NotifyForeignersAuthorityWorker extends JsonAgencyCall {

	NotifyForeignersAuthorityWorker() {
		super("auslaenderbehoerde", "notify-naturalisation", HttpMethod.POST, "/mitteilungen/einbuergerungen", null,
				caseAnd(NaturalisationProcess.CERTIFICATE_HANDED_OVER_DATE), List.of());
	}

}
