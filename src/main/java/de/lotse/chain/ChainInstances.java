package de.lotse.chain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/**
 * Starts a person's integration chain. Runs in the caller's transaction and with the
 * caller's engine authorizations, so a case file and its chain are created together or
 * not at all.
 */
@Component
public class ChainInstances {

	/** Dates are calendar days in the municipality's time zone. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final RuntimeService runtimeService;

	ChainInstances(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/**
	 * Start the chain for one person.
	 * @param facts the facts that steer it
	 * @return the id of the new process instance
	 */
	public String start(CaseFacts facts) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ChainVariables.CASE_REFERENCE, facts.caseReference());
		variables.put(ChainVariables.RESIDENCE_STATUS, facts.residenceStatus());
		variables.put(ChainVariables.DISTRICT, facts.district());
		variables.put(ChainVariables.NATIONALITY, facts.nationality());
		variables.put(ChainVariables.BIRTH_DATE, toDate(facts.birthDate()));
		variables.put(ChainVariables.ARRIVAL_DATE, toDate(facts.arrivalDate()));
		variables.put(ChainVariables.MOVE_IN_DATE, toDate(facts.moveInDate()));
		variables.put(ChainVariables.INTERPRETER_LANGUAGE, facts.interpreterLanguage());
		ProcessInstance instance = this.runtimeService.createProcessInstanceByKey(IntegrationChainProcess.KEY)
			.businessKey(facts.caseReference())
			.setVariables(variables)
			.execute();
		return instance.getId();
	}

	private static Date toDate(LocalDate date) {
		return (date != null) ? Date.from(date.atStartOfDay(ZONE).toInstant()) : null;
	}

}
