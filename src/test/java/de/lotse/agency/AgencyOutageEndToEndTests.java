package de.lotse.agency;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.lotse.chain.ChainDriver;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.chain.JobcentreReferralProcess;
import de.lotse.chain.RegistrationProcess;
import de.lotse.support.PostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fifty cases reach the Anmeldung while the Meldebehörde has an outage in the middle: on
 * PostgreSQL, with the in-app workers calling the in-app simulator over real HTTP. After
 * the outage every case has been registered exactly once and no incident remains.
 */
@PostgresTest
@TestPropertySource(properties = { "lotse.simulator.enabled=true", "lotse.workers.enabled=true",
		"lotse.workers.poll-interval=50ms", "lotse.workers.max-idle-interval=200ms",
		"lotse.agencies.meldebehoerde.retries=8", "lotse.agencies.meldebehoerde.retry-backoff.initial=200ms",
		"lotse.agencies.meldebehoerde.retry-backoff.multiplier=1.5" })
class AgencyOutageEndToEndTests {

	private static final String MELDEBEHOERDE = "meldebehoerde";

	private static final String INTEGRATIONSMANAGEMENT = "integrationsmanagement";

	private static final int CASES = 50;

	private static final int BEFORE_OUTAGE = 25;

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@BeforeEach
	void staffTheTownHall() {
		ChainDriver.staffDepartments(this.engine);
	}

	@Test
	void everyCaseIsRegisteredExactlyOnceDespiteAnOutageOfTheMeldebehoerde() {
		List<String> references = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			references.add(openCase(i));
		}

		references.subList(0, BEFORE_OUTAGE).forEach(this::attendIntakeAppointment);
		await("registrations before the outage").atMost(Duration.ofSeconds(20))
			.until(() -> meldebehoerdeActions(null).size() >= BEFORE_OUTAGE);

		simulator().post().uri("/simulator/agencies/meldebehoerde/outage").retrieve().toBodilessEntity();
		try {
			references.subList(BEFORE_OUTAGE, CASES).forEach(this::attendIntakeAppointment);
			await("every registration during the outage failed at least once").atMost(Duration.ofSeconds(20))
				.until(() -> failedRegistrations() >= CASES - BEFORE_OUTAGE);
		}
		finally {
			simulator().delete().uri("/simulator/agencies/meldebehoerde/outage").retrieve().toBodilessEntity();
		}
		retryWhatWentToCockpit();

		await("every case past the Anmeldung").atMost(Duration.ofSeconds(40))
			.until(() -> waitingForConfirmation() == CASES);
		assertThat(this.engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
		assertThat(this.engine.getExternalTaskService()
			.createExternalTaskQuery()
			.topicName(RegistrationProcess.TOPIC_REGISTER)
			.count()).as("open registrations").isZero();
		for (String reference : references) {
			assertThat(meldebehoerdeActions(reference)).as("Meldebehörde actions of %s", reference)
				.singleElement()
				.satisfies((action) -> assertThat(action).containsEntry("operation", "Anmeldung"));
		}
		assertThat(meldebehoerdeActions(null)).hasSize(CASES);
	}

	/**
	 * What an operator does in Cockpit once the agency is back: registrations whose
	 * retries ran out during the outage get one more attempt.
	 */
	private void retryWhatWentToCockpit() {
		List<String> exhausted = this.engine.getExternalTaskService()
			.createExternalTaskQuery()
			.topicName(RegistrationProcess.TOPIC_REGISTER)
			.noRetriesLeft()
			.list()
			.stream()
			.map(ExternalTask::getId)
			.toList();
		if (!exhausted.isEmpty()) {
			this.engine.getExternalTaskService().setRetries(exhausted, 1);
		}
	}

	private long failedRegistrations() {
		return this.engine.getHistoryService()
			.createHistoricExternalTaskLogQuery()
			.topicName(RegistrationProcess.TOPIC_REGISTER)
			.failureLog()
			.list()
			.stream()
			.map((log) -> log.getExternalTaskId())
			.distinct()
			.count();
	}

	private long waitingForConfirmation() {
		return this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey(RegistrationProcess.TASK_CONFIRM_REGISTRATION)
			.count();
	}

	private void attendIntakeAppointment(String reference) {
		new ChainDriver(this.engine, this.rest, reference).clerkCompletes(
				IntegrationChainProcess.TASK_INTAKE_APPOINTMENT, INTEGRATIONSMANAGEMENT,
				Map.of(ChainVariables.MOVE_IN_DATE, ChainDriver.day(LocalDate.now().toString()),
						JobcentreReferralProcess.LABOUR_MARKET_REFERRAL, JobcentreReferralProcess.REFERRAL_NONE));
	}

	/**
	 * An EU citizen who already lives here: the chain waits at the intake appointment.
	 */
	private String openCase(int number) {
		Map<String, Object> intake = new HashMap<>();
		intake.put("givenName", "Marek");
		intake.put("familyName", "Nowak");
		intake.put("birthDate", LocalDate.of(1980, 1, 1).plusDays(number).toString());
		intake.put("nationality", "POL");
		intake.put("residenceStatus", "EU");
		intake.put("arrivalDate", LocalDate.now().toString());
		intake.put("moveInDate", LocalDate.now().toString());
		intake.put("district", "Eppinghofen");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> response = this.rest.withBasicAuth(PostgresTest.ADMIN, PostgresTest.ADMIN_PASSWORD)
			.postForEntity("/api/cases", new HttpEntity<>(intake, headers), Map.class);
		assertThat(response.getStatusCode()).as("intake: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("caseReference");
	}

	private List<Map<String, Object>> meldebehoerdeActions(String caseReference) {
		String query = "/simulator/actions?agency=" + MELDEBEHOERDE
				+ ((caseReference != null) ? "&caseReference=" + caseReference : "");
		return simulator().get().uri(query).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	private RestClient simulator() {
		return RestClient.create("http://localhost:" + this.port);
	}

}
