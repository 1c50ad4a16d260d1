package de.lotse.agency.internal;

import java.util.List;

import de.lotse.agency.AgencyCall;

/**
 * The workers, one per topic. Listed here so the application, a separate worker process
 * and the tests see the same set.
 */
public final class Workers {

	/** Every worker. */
	public static final List<AgencyCall> ALL = List.of(new RegisterResidenceWorker(), new ForwardRegistrationWorker(),
			new PayBenefitWorker(), new RegisterParticipantWorker(), new RequestCriminalRecordExtractWorker(),
			new QuerySecurityAuthorityWorker(), new QueryCentralRegisterWorker(), new RequestForeignersFileWorker(),
			new NotifyResidentsRegistrationWorker(), new NotifyForeignersAuthorityWorker());

	private Workers() {
	}

}
