package de.lotse.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.lotse.chain.ChainVariables;
import de.lotse.support.PostgresTest;
import de.lotse.support.TestIntakes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/cases} on PostgreSQL: a valid intake opens one case and starts its
 * chain; anything wrong is refused field by field and leaves no trace.
 */
@PostgresTest
class CaseIntakeTests {

	private static final String CLERK = "nurlesen";

	private static final String CLERK_PASSWORD = "Nur-Lesen-2026-lang!";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	@BeforeEach
	void createUserWithoutRights() {
		User user = this.identity.newUser(CLERK);
		user.setPassword(CLERK_PASSWORD);
		this.identity.saveUser(user);
	}

	@AfterEach
	void deleteUser() {
		this.identity.deleteUser(CLERK);
	}

	@Test
	void validIntakeOpensCaseAndStartsItsChain() {
		ResponseEntity<Map> response = post(validIntake(), null);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) response.getBody().get("caseReference");
		assertThat(reference).matches("LT-\\d{4}-[2-9A-HJKMNP-Z]{6}");
		assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + reference);

		Map<String, Object> row = this.jdbc.sql("select * from case_file where case_reference = :reference")
			.param("reference", reference)
			.query()
			.singleRow();
		assertThat(row).containsEntry("given_name", "Amal")
			.containsEntry("family_name", "Haddad")
			.containsEntry("nationality", "SYR")
			.containsEntry("opened_by", PostgresTest.ADMIN);

		ProcessInstance chain = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("integration-chain")
			.singleResult();
		assertThat(chain).isNotNull();
		Map<String, Object> variables = this.runtime.getVariables(chain.getId());
		assertThat(variables).containsEntry(ChainVariables.CASE_REFERENCE, reference)
			.containsEntry(ChainVariables.RESIDENCE_STATUS, "PROTECTED_GFK")
			.containsEntry(ChainVariables.DISTRICT, "Styrum");
		assertThat(variables.values()).as("no personal names in the process").doesNotContain("Amal", "Haddad");
	}

	@Test
	void languageNeedsAreKeptInTheCaseFileAndSteerTheChain() {
		Map<String, Object> intake = validIntake();
		intake.put("interpreterLanguage", "ar");
		ResponseEntity<Map> response = post(intake, null);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) response.getBody().get("caseReference");
		assertThat(this.jdbc.sql("select interpreter_language from case_file where case_reference = :reference")
			.param("reference", reference)
			.query(String.class)
			.single()).isEqualTo("ar");
		ProcessInstance chain = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("integration-chain")
			.singleResult();
		assertThat(this.runtime.getVariable(chain.getId(), ChainVariables.INTERPRETER_LANGUAGE)).isEqualTo("ar");
	}

	@Test
	void anIntakeWithoutLanguageNeedsKeepsItsIdempotencyHash() {
		// the hash of an intake without the later field is the one it had before the
		// field
		// existed: a repeated intake from before the update finds its case
		Map<String, Object> intake = validIntake();
		ResponseEntity<Map> first = post(intake, "intake-2026-0003");
		String hash = this.jdbc
			.sql("select request_hash from case_intake_request where idempotency_key = 'intake-2026-0003'")
			.query(String.class)
			.single();
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(hash).isEqualTo(sha256("CaseIntake[givenName=Amal, familyName=Haddad, birthDate=1994-05-12, "
				+ "nationality=SYR, residenceStatus=PROTECTED_GFK, arrivalDate=2026-03-02, moveInDate=2026-03-09, "
				+ "district=Styrum]"));
	}

	@Test
	void unknownOrNeedlessLanguageNeedsAreRefused() {
		long cases = caseCount();
		Map<String, Object> intake = validIntake();
		intake.put("interpreterLanguage", "arabic");
		ResponseEntity<Map> unknown = post(intake, null);
		intake.put("interpreterLanguage", "AR");
		ResponseEntity<Map> upperCase = post(intake, null);
		intake.put("interpreterLanguage", "de");
		ResponseEntity<Map> german = post(intake, null);

		assertThat(List.of(unknown, upperCase, german))
			.allSatisfy((response) -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
		assertThat(errors(unknown)).containsEntry("interpreterLanguage",
				"Unbekannter Sprachcode; erwartet wird ISO 639-1 in Kleinbuchstaben, z. B. ar oder uk.");
		assertThat(errors(upperCase)).containsKey("interpreterLanguage");
		assertThat(errors(german)).containsEntry("interpreterLanguage",
				"Für Deutsch ist keine Sprachmittlung nötig; das Feld bitte leer lassen.");
		assertThat(caseCount()).isEqualTo(cases);
	}

	@Test
	void wrongFieldsAreRefusedOneByOneInGermanAndNothingIsStored() {
		long cases = caseCount();
		long chains = chainCount();
		Map<String, Object> intake = validIntake();
		intake.put("birthDate", LocalDate.now().plusDays(1).toString());
		intake.put("residenceStatus", "TOURIST");
		intake.put("nationality", "ZZZ");
		intake.put("arrivalDate", "2026-03-10");
		intake.put("moveInDate", "2026-03-01");
		intake.put("givenName", "A".repeat(10_000));

		ResponseEntity<Map> response = post(intake, null);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsEntry("title", "Ungültige Angaben");
		assertThat(errors(response)).containsEntry("birthDate", "Das Geburtsdatum liegt in der Zukunft.")
			.containsEntry("residenceStatus", "Unbekannter Aufenthaltsstatus.")
			.containsKey("nationality")
			.containsEntry("moveInDate", "Das Einzugsdatum liegt vor dem Ankunftsdatum.")
			.containsEntry("givenName", "Der Vorname ist länger als 200 Zeichen.");
		assertThat(caseCount()).isEqualTo(cases);
		assertThat(chainCount()).isEqualTo(chains);
	}

	@Test
	void missingFieldsAreNamed() {
		ResponseEntity<Map> response = post(Map.of("givenName", "Amal"), null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response))
			.containsKeys("familyName", "birthDate", "nationality", "residenceStatus", "arrivalDate", "district")
			.doesNotContainKey("givenName")
			.doesNotContainKey("moveInDate");
	}

	@Test
	void textThatIsNotJsonIsRefused() {
		ResponseEntity<Map> response = postRaw("{\"givenName\": \"Amal\",", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsEntry("detail", "Der Inhalt ist kein gültiges JSON.");
	}

	@Test
	void aDateInTheWrongFormatNamesTheField() {
		Map<String, Object> intake = validIntake();
		intake.put("birthDate", "12.05.1990");
		ResponseEntity<Map> response = post(intake, null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsEntry("birthDate", "Bitte ein Datum in der Form JJJJ-MM-TT angeben.");
	}

	@Test
	void unknownFieldsAreRefused() {
		Map<String, Object> intake = validIntake();
		intake.put("religion", "keine Angabe");
		ResponseEntity<Map> response = post(intake, null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsEntry("religion", "Unbekanntes Feld.");
	}

	@Test
	void theSameIntakeWithTheSameIdempotencyKeyOpensOneCase() {
		long cases = caseCount();
		ResponseEntity<Map> first = post(validIntake(), "intake-2026-0001");
		ResponseEntity<Map> second = post(validIntake(), "intake-2026-0001");

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(second.getBody().get("caseReference")).isEqualTo(first.getBody().get("caseReference"));
		assertThat(caseCount()).isEqualTo(cases + 1);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey((String) first.getBody().get("caseReference"))
			.processDefinitionKey("integration-chain")
			.count()).isOne();
	}

	@Test
	void anIdempotencyKeyReusedForOtherContentIsRefused() {
		post(validIntake(), "intake-2026-0002");
		Map<String, Object> other = validIntake();
		other.put("givenName", "Omar");
		ResponseEntity<Map> response = post(other, "intake-2026-0002");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).containsEntry("title", "Schlüssel bereits verwendet");
	}

	@Test
	void anOversizedBodyIsRefused() {
		long cases = caseCount();
		ResponseEntity<Map> response = postRaw("{\"givenName\":\"" + "A".repeat(100_000) + "\"}", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(response.getBody()).containsEntry("title", "Anfrage zu groß");
		assertThat(caseCount()).isEqualTo(cases);
	}

	@Test
	void aUserWithoutTheRightToStartTheChainIsRefusedAndNothingIsStored() {
		long cases = caseCount();
		ResponseEntity<Map> response = this.rest.withBasicAuth(CLERK, CLERK_PASSWORD)
			.postForEntity("/api/cases", json(validIntake(), null), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(caseCount()).isEqualTo(cases);
	}

	@Test
	void anonymousIntakeIsUnauthorized() {
		ResponseEntity<Map> response = this.rest.postForEntity("/api/cases", json(validIntake(), null), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<Map> post(Map<String, ?> intake, String idempotencyKey) {
		return admin().postForEntity("/api/cases", json(intake, idempotencyKey), Map.class);
	}

	private ResponseEntity<Map> postRaw(String body, String idempotencyKey) {
		return admin().postForEntity("/api/cases", json(body, idempotencyKey), Map.class);
	}

	private TestRestTemplate admin() {
		return this.rest.withBasicAuth(PostgresTest.ADMIN, PostgresTest.ADMIN_PASSWORD);
	}

	private static <T> HttpEntity<T> json(T body, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
		return new HttpEntity<>(body, headers);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> errors(ResponseEntity<Map> response) {
		List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
		assertThat(errors).as("errors of %s", response.getBody()).isNotNull();
		Map<String, String> byField = new java.util.LinkedHashMap<>();
		errors.forEach((error) -> byField.put(error.get("field"), error.get("message")));
		return byField;
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long caseCount() {
		return this.jdbc.sql("select count(*) from case_file").query(Long.class).single();
	}

	private long chainCount() {
		return this.runtime.createProcessInstanceQuery().processDefinitionKey("integration-chain").count();
	}

	private static Map<String, Object> validIntake() {
		return TestIntakes.recognisedRefugee();
	}

}
