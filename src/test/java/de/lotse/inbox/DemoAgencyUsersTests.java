package de.lotse.inbox;

import java.util.Map;

import de.lotse.support.LotseTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile gives every agency its technical user, which speaks for its own agency
 * only.
 */
@LotseTest
class DemoAgencyUsersTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identity;

	@Test
	void everyAgencyHasItsDemoUserInItsGroup() {
		for (String agency : new String[] { "bamf", "bezirksregierung", "kurstraeger", "staatsanwaltschaft" }) {
			String id = "agency-" + agency;
			assertThat(this.identity.checkPassword(id, "demo")).as(id).isTrue();
			assertThat(this.identity.createGroupQuery().groupMember(id).groupId(id).count()).as(id).isOne();
		}
	}

	@Test
	void theDemoUserOfAnAgencyIsHeardForItsOwnAgency() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("agency-bamf", "demo")
			.postForEntity("/api/agencies/bamf/replies",
					AgencyUsers.json(Map.of("replyId", "BAMF-1", "caseReference", "LT-2026-ZZZZZZ", "messageType",
							"ASYLENTSCHEIDUNG", "data",
							Map.of("decisionType", "REFUGEE", "decisionDate", "2026-05-12"))),
					Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).containsEntry("title", "Unbekannter Fall");
	}

	@Test
	void theDemoUserOfAnAgencyIsRefusedForAnother() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("agency-kurstraeger", "demo")
			.postForEntity("/api/agencies/bamf/replies", AgencyUsers.json(Map.of()), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
