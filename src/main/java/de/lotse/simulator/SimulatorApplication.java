package de.lotse.simulator;

import de.lotse.runtime.LotseProfiles;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;

/**
 * The agency simulator as a process of its own, without an engine or database (profile
 * {@code simulator}). Started with
 * {@code java -cp target/lotse-*.jar -Dloader.main=de.lotse.simulator.SimulatorApplication org.springframework.boot.loader.launch.PropertiesLauncher}.
 */
public final class SimulatorApplication {

	private SimulatorApplication() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(Simulator.class).profiles(LotseProfiles.SIMULATOR).run(args);
	}

	/**
	 * Only the simulator module, no engine, database or Lotse security. Not a
	 * {@code @Configuration}, so the application's own component scan leaves it alone.
	 */
	@EnableAutoConfiguration(excludeName = { "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration",
			"org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
			"org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
			"org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
			"org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration" })
	@ComponentScan("de.lotse.simulator")
	public static class Simulator {

	}

}
