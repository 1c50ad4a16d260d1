package de.lotse.inbox;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.lotse.casefile.CaseFileManagement;
import de.lotse.casefile.CaseIntake;
import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.ChainVariables;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.support.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static de.lotse.inbox.AgencyUsers.errors;
import static de.lotse.inbox.AgencyUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/agencies/{agency}/replies} on PostgreSQL: a reply is stored first and
 * correlated to the message event its case waits for, at once or as soon as the process
 * gets there; refused replies leave no trace.
 */
@PostgresTest
@TestPropertySource(properties = "lotse.inbox.retry-interval=200ms")
class AgencyReplyTests {

	private static final String ZUWEISUNG_PATH = "/api/agencies/bezirksregierung/replies";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	@Autowired
	CaseFileManagement cases;

	AgencyUsers agencies;

	@BeforeEach
	void createAgencyUsers() {
		this.agencies = new AgencyUsers(this.identity, this.rest).create("bezirksregierung", "bamf");
	}

	@AfterEach
	void deleteAgencyUsers() {
		this.agencies.deleteAll();
	}

	@Test
	void replyForAWaitingProcessIsCorrelatedAtOnce() {
		String reference = openCase("ASYL_SEEKER");

		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH,
				zuweisung("BR-2026-0001", reference));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getBody()).containsEntry("status", "CORRELATED").containsEntry("caseReference", reference);
		ProcessInstance arrival = arrivalOf(reference);
		assertThat(this.runtime.getActiveActivityIds(arrival.getId()))
			.containsExactly(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		assertThat(this.runtime.getVariable(arrival.getId(), ArrivalProcess.ALLOCATION_DATE))
			.isEqualTo(date("2026-03-02"));
		assertThat(row("BR-2026-0001")).containsEntry("correlation_attempts", 1)
			.containsEntry("received_by", "agency-bezirksregierung")
			.containsEntry("message_name", ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED);
		assertThat(row("BR-2026-0001").get("correlated_at")).isNotNull();
	}

	@Test
	void earlyReplyIsKeptAndCorrelatedWhenTheProcessGetsThere() {
		// a skilled worker's chain does not wait for a Zuweisung
		String reference = openCase("SKILLED");

		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH,
				zuweisung("BR-2026-0002", reference));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(response.getBody()).containsEntry("status", "PENDING");
		assertThat(row("BR-2026-0002").get("correlated_at")).isNull();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat((Integer) row("BR-2026-0002").get("correlation_attempts"))
				.isGreaterThanOrEqualTo(2));
		assertThat(row("BR-2026-0002").get("last_error")).asString().contains("ZuweisungReceived");

		// the asylum route of the arrival starts for the case and waits for the Zuweisung
		ProcessInstance arrival = this.runtime.startProcessInstanceByKey(ArrivalProcess.KEY, reference,
				Map.of(ChainVariables.CASE_REFERENCE, reference, ChainVariables.RESIDENCE_STATUS, "ASYL_SEEKER",
						ChainVariables.ARRIVAL_DATE, date("2026-03-02")));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.runtime.getActiveActivityIds(arrival.getId()))
				.containsExactly(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION));
		assertThat(row("BR-2026-0002").get("correlated_at")).isNotNull();
		assertThat(row("BR-2026-0002").get("last_error")).isNull();
		assertThat(this.runtime.getVariable(arrival.getId(), ArrivalProcess.ALLOCATION_DATE))
			.isEqualTo(date("2026-03-02"));
	}

	@Test
	void duplicateReplyIsAcknowledgedAndChangesNothing() {
		String reference = openCase("ASYL_SEEKER");
		Map<String, Object> reply = zuweisung("BR-2026-0003", reference);
		ResponseEntity<Map> first = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH, reply);
		Map<String, Object> before = row("BR-2026-0003");

		ResponseEntity<Map> second = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH, reply);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(second.getBody()).containsEntry("status", "DUPLICATE")
			.containsEntry("detail", "Diese Antwort wurde bereits erhalten; es wurde nichts geändert.");
		assertThat(replyCount("BR-2026-0003")).isOne();
		assertThat(row("BR-2026-0003")).isEqualTo(before).containsEntry("correlation_attempts", 1);
		assertThat(this.runtime.getActiveActivityIds(arrivalOf(reference).getId()))
			.containsExactly(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
	}

	@Test
	void theSameReplyDeliveredManyTimesAtOnceIsStoredAndCorrelatedOnce() throws Exception {
		String reference = openCase("ASYL_SEEKER");
		Map<String, Object> reply = zuweisung("BR-2026-0010", reference);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> this.agencies.post("bezirksregierung", ZUWEISUNG_PATH, reply)));
			}
			List<HttpStatusCode> statuses = new ArrayList<>();
			for (Future<ResponseEntity<Map>> answer : answers) {
				statuses.add(answer.get(30, TimeUnit.SECONDS).getStatusCode());
			}
			assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED).containsOnly(HttpStatus.CREATED, HttpStatus.OK);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(replyCount("BR-2026-0010")).isOne();
		assertThat(row("BR-2026-0010")).containsEntry("correlation_attempts", 1);
		assertThat(this.runtime.getActiveActivityIds(arrivalOf(reference).getId()))
			.containsExactly(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
	}

	@Test
	void duplicateOfAPendingReplyIsNotCorrelatedTwice() {
		String reference = openCase("SKILLED");
		Map<String, Object> reply = zuweisung("BR-2026-0004", reference);
		assertThat(this.agencies.post("bezirksregierung", ZUWEISUNG_PATH, reply).getStatusCode())
			.isEqualTo(HttpStatus.ACCEPTED);
		Map<String, Object> changed = new HashMap<>(reply);
		changed.put("data", Map.of("allocationDate", "2026-01-01"));

		ResponseEntity<Map> second = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH, changed);

		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(replyCount("BR-2026-0004")).isOne();
		assertThat(row("BR-2026-0004").get("payload")).asString().contains("2026-03-02");
	}

	@Test
	void replyForAnUnknownCaseIsRefusedAndNothingIsStored() {
		long replies = replyCount();

		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH,
				zuweisung("BR-2026-0005", "LT-2026-ZZZZZZ"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).containsEntry("detail",
				"Kein Fall mit dem Aktenzeichen LT-2026-ZZZZZZ bekannt.");
		assertThat(replyCount()).isEqualTo(replies);
	}

	@Test
	void replyForAClosedCaseIsRefusedAndNothingIsStored() {
		String reference = openCase("ASYL_SEEKER");
		this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(IntegrationChainProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()
			.forEach((chain) -> this.runtime.deleteProcessInstance(chain.getId(), "person moved away"));
		long replies = replyCount();

		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH,
				zuweisung("BR-2026-0011", reference));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getBody()).containsEntry("title", "Fall abgeschlossen");
		assertThat(replyCount()).isEqualTo(replies);
	}

	@Test
	void anotherAgencysCredentialIsForbiddenAndNothingIsStored() {
		String reference = openCase("ASYL_SEEKER");
		long replies = replyCount();

		ResponseEntity<Map> response = this.agencies.post("bamf", ZUWEISUNG_PATH, zuweisung("BR-2026-0006", reference));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).containsEntry("detail",
				"Diese Zugangsdaten gehören nicht zur Behörde „Bezirksregierung Arnsberg“.");
		assertThat(replyCount()).isEqualTo(replies);
		assertThat(this.runtime.getActiveActivityIds(arrivalOf(reference).getId()))
			.containsExactly(ArrivalProcess.EVENT_ZUWEISUNG_RECEIVED);
	}

	@Test
	void aClerkIsNoAgency() {
		String reference = openCase("ASYL_SEEKER");
		ResponseEntity<Map> response = this.rest.withBasicAuth(PostgresTest.ADMIN, PostgresTest.ADMIN_PASSWORD)
			.postForEntity(ZUWEISUNG_PATH, json(zuweisung("BR-2026-0007", reference)), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void missingOrWrongCredentialsAreUnauthorized() {
		String reference = openCase("ASYL_SEEKER");
		long replies = replyCount();
		Object reply = json(zuweisung("BR-2026-0008", reference));

		assertThat(this.rest.postForEntity(ZUWEISUNG_PATH, reply, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.withBasicAuth("agency-bezirksregierung", "falsch")
			.postForEntity(ZUWEISUNG_PATH, reply, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(replyCount()).isEqualTo(replies);
	}

	@Test
	void unknownAgencyIsNotFound() {
		ResponseEntity<Map> response = this.agencies.post("bamf", "/api/agencies/wetteramt/replies",
				zuweisung("X-1", "LT-2026-ZZZZZZ"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).containsEntry("title", "Unbekannte Behörde");
	}

	@Test
	void malformedBodyNamesEveryWrongFieldAndNothingIsStored() {
		String reference = openCase("ASYL_SEEKER");
		long replies = replyCount();
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("replyId", "BAMF 0001 mit Leerzeichen");
		reply.put("caseReference", reference);
		reply.put("messageType", "ASYLENTSCHEIDUNG");
		reply.put("data", Map.of("decisionType", "MAYBE", "decisionDate", "2026-13-45", "note", "x"));
		reply.put("priority", "hoch");

		ResponseEntity<Map> response = this.agencies.post("bamf", "/api/agencies/bamf/replies", reply);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsKeys("replyId", "priority")
			.containsEntry("data.decisionDate", "Bitte ein Datum in der Form JJJJ-MM-TT angeben.")
			.containsEntry("data.note", "Unbekanntes Feld.")
			.containsEntry("data.decisionType",
					"Unbekannter Wert; erlaubt: ASYLUM, DEPORTATION_BAN, REFUGEE, REJECTED, SUBSIDIARY.")
			.doesNotContainKey("caseReference");
		assertThat(replyCount()).isEqualTo(replies);
	}

	@Test
	void missingFieldsAndWrongTypesAreNamed() {
		ResponseEntity<Map> response = this.agencies.post("bamf", "/api/agencies/bamf/replies",
				Map.of("replyId", 17, "messageType", "ASYLENTSCHEIDUNG", "data", Map.of("decisionDate", 20260512)));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsKeys("replyId")
			.containsEntry("caseReference", "Die Angabe fehlt.")
			.containsEntry("data.decisionType", "Die Angabe fehlt.")
			.containsEntry("data.decisionDate", "Bitte ein Datum in der Form JJJJ-MM-TT angeben.");
	}

	@Test
	void messageTypeOfAnotherAgencyIsRefused() {
		String reference = openCase("ASYL_SEEKER");
		Map<String, Object> reply = zuweisung("BAMF-0002", reference);

		ResponseEntity<Map> response = this.agencies.post("bamf", "/api/agencies/bamf/replies", reply);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsOnlyKeys("messageType")
			.containsEntry("messageType", "Unbekannter Nachrichtentyp für diese Behörde; erlaubt: ASYLENTSCHEIDUNG.");
	}

	@Test
	void textThatIsNotJsonIsRefused() {
		ResponseEntity<Map> response = this.agencies.post("bamf", "/api/agencies/bamf/replies",
				"{\"replyId\": \"BAMF-0003\",");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsEntry("detail", "Der Inhalt ist kein gültiges JSON.");
	}

	@Test
	void oversizedBodyAnnouncedByContentLengthIsRefused() {
		long replies = replyCount();
		ResponseEntity<Map> response = this.agencies.post("bamf", "/api/agencies/bamf/replies",
				"{\"replyId\":\"" + "A".repeat(100_000) + "\"}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(replyCount()).isEqualTo(replies);
	}

	@Test
	void oversizedBodyStreamedInChunksIsRefusedAndNothingIsStored() {
		String reference = openCase("ASYL_SEEKER");
		long replies = replyCount();
		Map<String, Object> reply = zuweisung("BR-2026-0009", reference);
		reply.put("data", Map.of("allocationDate", "2026-03-02", "padding", "A".repeat(100_000)));

		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", ZUWEISUNG_PATH, reply);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(response.getBody()).containsEntry("title", "Anfrage zu groß");
		assertThat(replyCount()).isEqualTo(replies);
	}

	private String openCase(String residenceStatus) {
		return this.cases
			.open(new CaseIntake("Amal", "Haddad", LocalDate.of(1994, 5, 12), "SYR", residenceStatus,
					LocalDate.of(2026, 3, 2), null, "Styrum", null), null, PostgresTest.ADMIN)
			.caseReference();
	}

	private ProcessInstance arrivalOf(String reference) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ArrivalProcess.KEY)
			.processInstanceBusinessKey(reference)
			.singleResult();
	}

	private static Map<String, Object> zuweisung(String replyId, String reference) {
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("replyId", replyId);
		reply.put("caseReference", reference);
		reply.put("messageType", "ZUWEISUNG");
		reply.put("data", Map.of("allocationDate", "2026-03-02"));
		return reply;
	}

	private Map<String, Object> row(String replyId) {
		return this.jdbc.sql("select * from agency_reply where agency = 'bezirksregierung' and reply_id = :replyId")
			.param("replyId", replyId)
			.query()
			.singleRow();
	}

	private long replyCount(String replyId) {
		return this.jdbc.sql("select count(*) from agency_reply where reply_id = :replyId")
			.param("replyId", replyId)
			.query(Long.class)
			.single();
	}

	private long replyCount() {
		return this.jdbc.sql("select count(*) from agency_reply").query(Long.class).single();
	}

	private static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant());
	}

}
