package de.lotse.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import de.lotse.support.LotseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator of the default run over real HTTP: every documented operation, one action
 * per idempotency key, outages, refusals and the agencies' own credentials.
 */
@LotseTest
@TestPropertySource(properties = { "lotse.simulator.agencies.sozialamt.username=sozialamt-lotse",
		"lotse.simulator.agencies.sozialamt.password=geheim", "lotse.workers.enabled=false",
		"lotse.simulator.replies.enabled=true", "lotse.simulator.replies.delay=100ms",
		"lotse.simulator.replies.password=demo" })
class AgencySimulatorTests {

	/** Stands in for Lotse's inbox, which receives the simulated agencies' replies. */
	static final WireMockServer inbox = new WireMockServer(options().dynamicPort());

	@DynamicPropertySource
	static void inbox(DynamicPropertyRegistry registry) {
		if (!inbox.isRunning()) {
			inbox.start();
		}
		registry.add("lotse.simulator.replies.target-url", inbox::baseUrl);
	}

	@AfterAll
	static void stopInbox() {
		inbox.stop();
	}

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void forgetActions() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port + "/simulator")
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
		this.http.delete().uri("/actions").retrieve().toBodilessEntity();
	}

	static List<SimulatedAgencies.Operation> documentedOperations() {
		return SimulatedAgencies.documentedOperations();
	}

	@ParameterizedTest
	@MethodSource("documentedOperations")
	void servesEveryDocumentedOperation(SimulatedAgencies.Operation operation) {
		ResponseEntity<Map<String, Object>> answer = call(operation.agency(), operation.path(), "LT-DOC-1", key());
		assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s answered %s", operation, answer.getStatusCode())
			.isTrue();
	}

	@Test
	void aRepeatedCallGetsTheFirstAnswerAndPerformsNothingNew() {
		String key = key();
		ResponseEntity<Map<String, Object>> first = call("meldebehoerde", "/anmeldungen", "LT-REPEAT-1", key);
		ResponseEntity<Map<String, Object>> second = call("meldebehoerde", "/anmeldungen", "LT-REPEAT-1", key);

		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(second.getStatusCode()).isEqualTo(first.getStatusCode());
		assertThat(second.getBody()).isEqualTo(first.getBody());
		List<Map<String, Object>> actions = actions("caseReference=LT-REPEAT-1");
		assertThat(actions).hasSize(1);
		assertThat(actions.get(0)).containsEntry("requests", 2).containsEntry("operation", "Anmeldung");
	}

	@Test
	void aKeyReusedForAnotherRequestIsRefused() {
		String key = key();
		call("meldebehoerde", "/anmeldungen", "LT-REUSE-1", key);

		ResponseEntity<Map<String, Object>> other = call("meldebehoerde", "/anmeldungen", "LT-REUSE-2", key);

		assertThat(other.getStatusCode().value()).isEqualTo(422);
		assertThat(other.getBody()).extractingByKey("message").asString().contains("bereits");
	}

	@Test
	void anOutageAnswers503UntilItEnds() {
		this.http.post().uri("/agencies/meldebehoerde/outage").retrieve().toBodilessEntity();

		ResponseEntity<Map<String, Object>> during = call("meldebehoerde", "/anmeldungen", "LT-OUT-1", key());
		this.http.delete().uri("/agencies/meldebehoerde/outage").retrieve().toBodilessEntity();
		ResponseEntity<Map<String, Object>> after = call("meldebehoerde", "/anmeldungen", "LT-OUT-1", key());

		assertThat(during.getStatusCode().value()).isEqualTo(503);
		assertThat(during.getBody()).extractingByKey("message").asString().contains("Wartungsfenster");
		assertThat(after.getStatusCode().value()).isEqualTo(201);
		assertThat(actions("caseReference=LT-OUT-1")).hasSize(1);
	}

	@Test
	void aRefusalIsKeptForItsKey() {
		String key = key();
		behave("kurstraeger", "{\"rejectionRate\":1.0}");
		ResponseEntity<Map<String, Object>> refused = call("kurstraeger", "/teilnehmer/anmeldungen", "LT-NO-1", key);
		behave("kurstraeger", "{\"rejectionRate\":0.0}");
		ResponseEntity<Map<String, Object>> repeated = call("kurstraeger", "/teilnehmer/anmeldungen", "LT-NO-1", key);

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody()).containsEntry("reasonCode", "KURS_AUSGEBUCHT");
		assertThat(repeated.getBody()).isEqualTo(refused.getBody());
	}

	@Test
	void anAgencyWithACredentialRefusesCallsWithoutIt() {
		ResponseEntity<Map<String, Object>> anonymous = this.http.post()
			.uri("/agencies/sozialamt/leistungen/auszahlungen")
			.header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("caseReference", "LT-PAY-1"))
			.retrieve()
			.toEntity(JSON);
		ResponseEntity<Map<String, Object>> authenticated = call("sozialamt", "/leistungen/auszahlungen", "LT-PAY-1",
				key());

		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
		assertThat(authenticated.getStatusCode().value()).isEqualTo(201);
		assertThat(actions("agency=sozialamt")).hasSize(1);
	}

	@Test
	void aCallWithoutIdempotencyKeyIsRefused() {
		ResponseEntity<Map<String, Object>> answer = this.http.post()
			.uri("/agencies/meldebehoerde/anmeldungen")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("caseReference", "LT-NOKEY-1"))
			.retrieve()
			.toEntity(JSON);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody()).extractingByKey("message").asString().contains("Idempotency-Key");
	}

	@Test
	void theCourseProviderRepliesOnceLaterWithTheCourseStart() throws InterruptedException {
		inbox
			.stubFor(post(urlPathEqualTo("/api/agencies/kurstraeger/replies")).willReturn(aResponse().withStatus(202)));
		String key = key();

		call("kurstraeger", "/teilnehmer/anmeldungen", "LT-REPLY-1", key);
		call("kurstraeger", "/teilnehmer/anmeldungen", "LT-REPLY-1", key);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> inbox.verify(1,
					postRequestedFor(urlPathEqualTo("/api/agencies/kurstraeger/replies"))
						.withBasicAuth(new BasicCredentials("agency-kurstraeger", "demo"))
						.withRequestBody(matchingJsonPath("$.caseReference", equalTo("LT-REPLY-1")))
						.withRequestBody(matchingJsonPath("$.messageType", equalTo("KURSBEGINN")))
						.withRequestBody(matchingJsonPath("$.data.courseStartDate"))
						.withRequestBody(matchingJsonPath("$.replyId"))));
		Thread.sleep(300);
		inbox.verify(1, postRequestedFor(urlPathEqualTo("/api/agencies/kurstraeger/replies")));
	}

	@Test
	void anUnknownOperationIsNotFound() {
		assertThat(call("meldebehoerde", "/abmeldungen", "LT-X-1", key()).getStatusCode().value()).isEqualTo(404);
	}

	private ResponseEntity<Map<String, Object>> call(String agency, String path, String caseReference, String key) {
		return this.http.post().uri("/agencies/" + agency + path).headers((headers) -> {
			if (agency.equals("sozialamt")) {
				headers.setBasicAuth("sozialamt-lotse", "geheim");
			}
		})
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("caseReference", caseReference))
			.retrieve()
			.toEntity(JSON);
	}

	private void behave(String agency, String change) {
		this.http.put()
			.uri("/agencies/" + agency + "/behaviour")
			.contentType(MediaType.APPLICATION_JSON)
			.body(change)
			.retrieve()
			.toBodilessEntity();
	}

	private List<Map<String, Object>> actions(String query) {
		return this.http.get().uri("/actions?" + query).retrieve().body(JSON_LIST);
	}

	private static String key() {
		return "test/" + UUID.randomUUID();
	}

}
