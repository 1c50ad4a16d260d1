package de.lotse.inbox;

import java.util.LinkedHashMap;
import java.util.Map;

import de.lotse.chain.ArrivalProcess;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static de.lotse.inbox.AgencyUsers.errors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/agencies/bezirksregierung/allocations} on PostgreSQL: a Zuweisung
 * opens a case whose arrival continues with the admission to the accommodation; the same
 * Zuweisung sent again opens no second case.
 */
@PostgresTest
class AllocationNoticeTests {

	private static final String PATH = "/api/agencies/bezirksregierung/allocations";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

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
	void allocationOpensACaseAndItsArrivalTakesTheZuweisung() {
		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", PATH, allocation("ZW-2026-000101"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) response.getBody().get("caseReference");
		assertThat(reference).matches("LT-\\d{4}-[2-9A-HJKMNP-Z]{6}");
		assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + reference);
		assertThat(this.jdbc.sql("select * from case_file where case_reference = :reference")
			.param("reference", reference)
			.query()
			.singleRow()).containsEntry("given_name", "Amal")
			.containsEntry("residence_status", "ASYL_SEEKER")
			.containsEntry("opened_by", "agency-bezirksregierung");
		ProcessInstance arrival = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ArrivalProcess.KEY)
			.processInstanceBusinessKey(reference)
			.singleResult();
		assertThat(this.runtime.getActiveActivityIds(arrival.getId()))
			.containsExactly(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		assertThat(this.runtime.getVariable(arrival.getId(), ArrivalProcess.ALLOCATION_DATE)).isNotNull();
	}

	@Test
	void theSameAllocationSentTwiceOpensOneCase() {
		long cases = caseCount();
		long chains = chainCount();

		ResponseEntity<Map> first = this.agencies.post("bezirksregierung", PATH, allocation("ZW-2026-000102"));
		ResponseEntity<Map> second = this.agencies.post("bezirksregierung", PATH, allocation("ZW-2026-000102"));

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(second.getBody()).containsEntry("caseReference", first.getBody().get("caseReference"));
		assertThat(caseCount()).isEqualTo(cases + 1);
		assertThat(chainCount()).isEqualTo(chains + 1);
		assertThat(this.jdbc.sql("select count(*) from agency_reply where reply_id = 'ZW-2026-000102'")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void anotherAgencysCredentialIsForbiddenAndNothingIsStored() {
		long cases = caseCount();
		ResponseEntity<Map> response = this.agencies.post("bamf", PATH, allocation("ZW-2026-000103"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(caseCount()).isEqualTo(cases);
	}

	@Test
	void onlyTheBezirksregierungSendsAllocations() {
		ResponseEntity<Map> response = this.agencies.post("bamf", "/api/agencies/bamf/allocations",
				allocation("ZW-2026-000104"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void wrongFieldsAreNamedAndNothingIsStored() {
		long cases = caseCount();
		Map<String, Object> notice = allocation("ZW 2026 mit Leerzeichen");
		notice.put("residenceStatus", "SKILLED");
		notice.remove("allocationDate");

		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", PATH, notice);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsKeys("allocationId", "residenceStatus")
			.containsEntry("allocationDate", "Das Datum der Zuweisung fehlt.");
		assertThat(caseCount()).isEqualTo(cases);
	}

	@Test
	void wrongPersonalDataIsNamedAndNothingIsStored() {
		long cases = caseCount();
		Map<String, Object> notice = allocation("ZW-2026-000105");
		notice.put("nationality", "ZZZ");
		notice.remove("familyName");

		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", PATH, notice);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsKeys("nationality", "familyName");
		assertThat(caseCount()).isEqualTo(cases);
		assertThat(this.jdbc.sql("select count(*) from agency_reply where reply_id = 'ZW-2026-000105'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDateInTheWrongFormatNamesTheField() {
		Map<String, Object> notice = allocation("ZW-2026-000106");
		notice.put("birthDate", "12.05.1994");
		ResponseEntity<Map> response = this.agencies.post("bezirksregierung", PATH, notice);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(errors(response)).containsEntry("birthDate", "Bitte ein Datum in der Form JJJJ-MM-TT angeben.");
	}

	private static Map<String, Object> allocation(String allocationId) {
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("allocationId", allocationId);
		notice.put("allocationDate", "2026-03-02");
		notice.put("givenName", "Amal");
		notice.put("familyName", "Haddad");
		notice.put("birthDate", "1994-05-12");
		notice.put("nationality", "SYR");
		notice.put("residenceStatus", "ASYL_SEEKER");
		notice.put("district", "Styrum");
		return notice;
	}

	private long caseCount() {
		return this.jdbc.sql("select count(*) from case_file").query(Long.class).single();
	}

	private long chainCount() {
		return this.runtime.createProcessInstanceQuery().processDefinitionKey(IntegrationChainProcess.KEY).count();
	}

}
