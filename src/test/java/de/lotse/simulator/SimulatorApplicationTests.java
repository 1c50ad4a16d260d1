package de.lotse.simulator;

import java.util.Map;

import javax.sql.DataSource;

import de.lotse.support.OwnJvm;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator as a process of its own: no engine, no database, the agencies' API.
 */
@OwnJvm
class SimulatorApplicationTests {

	@Test
	void runsTheSimulatorAloneWithoutAnEngine() {
		try (ConfigurableApplicationContext simulator = new SpringApplicationBuilder(
				SimulatorApplication.Simulator.class)
			.profiles("simulator")
			.run("--server.port=0")) {
			assertThat(simulator.getBeanNamesForType(ProcessEngine.class)).isEmpty();
			assertThat(simulator.getBeanNamesForType(DataSource.class)).isEmpty();
			int port = ((WebServerApplicationContext) simulator).getWebServer().getPort();

			Map<String, Object> answer = RestClient.create("http://localhost:" + port)
				.post()
				.uri("/simulator/agencies/meldebehoerde/anmeldungen")
				.header("Idempotency-Key", "LT-ALONE-1/Task_RegisterResidence/1")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("caseReference", "LT-ALONE-1"))
				.retrieve()
				.body(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				});

			assertThat(answer).containsEntry("status", "ANGEMELDET");
		}
	}

}
