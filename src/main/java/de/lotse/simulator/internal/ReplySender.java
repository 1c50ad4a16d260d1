package de.lotse.simulator.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Posts a simulated agency's later answer (e.g. the course provider's course start) to
 * Lotse's inbox {@code POST /api/agencies/<agency>/replies} after the configured delay,
 * as the agency's user {@code agency-<agency>}.
 */
class ReplySender {

	private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

	private final SimulatorSettings.Replies settings;

	private final RestClient http = RestClient.create();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "simulator-replies");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<Integer> localPort = new AtomicReference<>();

	ReplySender(SimulatorSettings.Replies settings) {
		this.settings = settings;
	}

	/**
	 * Sends the reply later, if replies are switched on.
	 * @param agency the agency that replies
	 * @param reply the reply: {@code replyId}, {@code caseReference},
	 * {@code messageType}, {@code data}
	 */
	void later(String agency, Map<String, Object> reply) {
		if (!this.settings.enabled()) {
			return;
		}
		this.scheduler.schedule(() -> send(agency, reply), this.settings.delay().toMillis(), TimeUnit.MILLISECONDS);
	}

	private void send(String agency, Map<String, Object> reply) {
		URI inbox = URI.create(target() + "/api/agencies/" + agency + "/replies");
		try {
			this.http.post()
				.uri(inbox)
				.headers((headers) -> headers.setBasicAuth("agency-" + agency, this.settings.password()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(reply)
				.retrieve()
				.toBodilessEntity();
			log.info("Simulated {} replied {} for case {}", agency, reply.get("messageType"),
					reply.get("caseReference"));
		}
		catch (RuntimeException ex) {
			log.warn("Simulated {} could not deliver its reply to {}: {}", agency, inbox, ex.getMessage());
		}
	}

	private String target() {
		if (this.settings.targetUrl() != null && !this.settings.targetUrl().isBlank()) {
			return this.settings.targetUrl();
		}
		return "http://localhost:" + this.localPort.get();
	}

	@EventListener
	void onWebServer(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.localPort.set(event.getWebServer().getPort());
		}
	}

	void stop() {
		this.scheduler.shutdownNow();
	}

}
