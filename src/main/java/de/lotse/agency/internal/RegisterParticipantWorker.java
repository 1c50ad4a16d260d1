package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.LanguageCourseProcess;

import org.springframework.http.HttpMethod;

/**
 * Registers the participant with the course provider (section 7 IntV); the provider
 * confirms the registration date. A refusal (e.g. course full) raises
 * {@code REGISTRATION_REFUSED}.
 */
final class RegisterParticipantWorker extends JsonAgencyCall {

	RegisterParticipantWorker() {
		super("kurstraeger", "register-participant", HttpMethod.POST, "/teilnehmer/anmeldungen",
				LanguageCourseProcess.ERROR_REGISTRATION_REFUSED,
				caseAnd(LanguageCourseProcess.COURSE_PROVIDER, LanguageCourseProcess.OBLIGED,
						LanguageCourseProcess.COURSE_TYPE),
				List.of(Output.date("registrationDate", LanguageCourseProcess.REGISTRATION_DATE),
						Output.text("courseProvider", LanguageCourseProcess.COURSE_PROVIDER)));
	}

}
