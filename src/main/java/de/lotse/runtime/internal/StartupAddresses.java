package de.lotse.runtime.internal;

import de.lotse.runtime.LotseProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints the addresses to open once Lotse is ready, so that a newcomer does not have to
 * look them up.
 */
@Component
class StartupAddresses {

	private static final Logger log = LoggerFactory.getLogger(StartupAddresses.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		StringBuilder message = new StringBuilder(
				"Lotse is ready after %.1f s:%n".formatted(event.getTimeTaken().toMillis() / 1000.0));
		message.append("  Tasklist  ").append(base).append("/camunda/app/tasklist/\n");
		message.append("  Cockpit   ").append(base).append("/camunda/app/cockpit/\n");
		message.append("  Admin     ").append(base).append("/camunda/app/admin/\n");
		message.append("  REST API  ").append(base).append("/engine-rest\n");
		message.append("  Health    ").append(base).append("/actuator/health");
		if (LotseProfiles.isDemo(event.getApplicationContext().getEnvironment())) {
			message.append("\n  Demo login: admin / demo (see README for the other demo users)");
		}
		log.info(message.toString());
	}

}
