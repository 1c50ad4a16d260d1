package de.lotse.agency.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.agency.AgencyCall;
import de.lotse.agency.AgencyCalls;
import de.lotse.chain.ChainVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;

import static org.awaitility.Awaitility.await;

/**
 * A tiny process per agency call, deployed to the test's engine: the external task alone,
 * with an error boundary event when the call has a BPMN error. The engine's retries,
 * incidents and errors are real.
 */
final class AgencyCallHarness {

	static final String TASK = "Task_CallAgency";

	static final String DONE = "End_Done";

	static final String REFUSED = "End_Refused";

	static final String REFUSAL_MESSAGE = "refusalMessage";

	/** An answer that carries every field any worker reads. */
	static final String ANSWER = """
			{"registrationNumber":"MB-1","paymentNumber":"SA-1","result":"NO_ENTRIES",
			 "registrationDate":"2026-03-20","courseProvider":"VHS Musterstadt"}""";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final HistoryService history;

	AgencyCallHarness(RepositoryService repository, RuntimeService runtime, HistoryService history) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
	}

	void deployAll() {
		var deployment = this.repository.createDeployment().name("agency-call-tests");
		for (AgencyCall call : AgencyCalls.all()) {
			deployment.addModelInstance(processKey(call) + ".bpmn", model(call));
		}
		deployment.deploy();
	}

	static String processKey(AgencyCall call) {
		return "agency-call-" + call.topic().replace('.', '-');
	}

	private static BpmnModelInstance model(AgencyCall call) {
		ServiceTaskBuilder task = Bpmn.createExecutableProcess(processKey(call))
			.camundaHistoryTimeToLive(1)
			.startEvent("Start")
			.serviceTask(TASK)
			.camundaType("external")
			.camundaTopic(call.topic());
		task.endEvent(DONE);
		if (call.errorCode() != null) {
			task.boundaryEvent("Event_Refused")
				.errorEventDefinition()
				.error(call.errorCode())
				.errorMessageVariable(REFUSAL_MESSAGE)
				.errorEventDefinitionDone()
				.endEvent(REFUSED);
		}
		return task.done();
	}

	/** Starts the call's process for a new case; returns the case reference. */
	String start(AgencyCall call) {
		String caseReference = "LT-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, Object> variables = new HashMap<>();
		for (String input : call.inputs()) {
			variables.put(input, sample(input));
		}
		variables.put(ChainVariables.CASE_REFERENCE, caseReference);
		this.runtime.startProcessInstanceByKey(processKey(call), caseReference, variables);
		return caseReference;
	}

	private static Object sample(String variable) {
		if (variable.endsWith("Date")) {
			return Date.from(LocalDate.of(2026, 3, 9).atStartOfDay(JsonAgencyCall.MUNICIPALITY).toInstant());
		}
		return switch (variable) {
			case "obliged" -> true;
			case "householdSize" -> 2;
			case "monthlyBenefitAmount" -> 441.0;
			default -> "Wert von " + variable;
		};
	}

	String processInstanceId(String caseReference) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(caseReference)
			.singleResult()
			.getId();
	}

	/** Waits until the case's process ended in the end event. */
	void awaitEnd(String caseReference, String endEvent) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.history.createHistoricActivityInstanceQuery()
				.processInstanceId(processInstanceId(caseReference))
				.activityId(endEvent)
				.finished()
				.count() == 1);
	}

	/** Waits for the case's incident. */
	Incident awaitIncident(String caseReference) {
		String processInstance = processInstanceId(caseReference);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.runtime.createIncidentQuery().processInstanceId(processInstance).count() == 1);
		return this.runtime.createIncidentQuery().processInstanceId(processInstance).singleResult();
	}

	Map<String, Object> variables(String caseReference) {
		Map<String, Object> variables = new HashMap<>();
		this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId(caseReference))
			.list()
			.forEach((variable) -> variables.put(variable.getName(), variable.getValue()));
		return variables;
	}

	static List<AgencyCall> calls() {
		return AgencyCalls.all();
	}

}
