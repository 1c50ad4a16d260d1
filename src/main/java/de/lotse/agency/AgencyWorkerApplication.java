package de.lotse.agency;

import de.lotse.runtime.LotseProfiles;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;

/**
 * The agency workers as a process of their own, without an engine: they fetch and lock
 * the engine's agency tasks through its REST API (settings {@code lotse.workers.*} and
 * {@code lotse.agencies.*}, profile {@code worker}). Started with
 * {@code java -cp target/lotse-*.jar -Dloader.main=de.lotse.agency.AgencyWorkerApplication org.springframework.boot.loader.launch.PropertiesLauncher}.
 */
public final class AgencyWorkerApplication {

	private AgencyWorkerApplication() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(Workers.class).web(WebApplicationType.NONE)
			.profiles(LotseProfiles.WORKER)
			.run(args);
	}

	/**
	 * Only the agency module, and no engine, database or web server. Not a
	 * {@code @Configuration}, so the application's own component scan leaves it alone.
	 */
	@EnableAutoConfiguration(excludeName = { "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration",
			"org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
			"org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
			"org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration" })
	@ComponentScan("de.lotse.agency")
	static class Workers {

	}

}
