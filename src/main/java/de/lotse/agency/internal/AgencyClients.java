package de.lotse.agency.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/**
 * One {@link AgencyClient} per agency, created on first use. Knows this application's
 * port, for base URLs that point at the application itself (the simulator of the default
 * run).
 */
class AgencyClients {

	private final AgencySettings settings;

	private final ObjectMapper json;

	private final Map<String, AgencyClient> clients = new ConcurrentHashMap<>();

	private final AtomicReference<Integer> localPort = new AtomicReference<>();

	AgencyClients(AgencySettings settings, ObjectMapper json) {
		this.settings = settings;
		this.json = json;
	}

	AgencyClient of(String agency) {
		return this.clients.computeIfAbsent(agency,
				(name) -> new AgencyClient(name, this.settings.of(name), this.localPort::get, this.json));
	}

	@EventListener
	void onWebServer(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.localPort.set(event.getWebServer().getPort());
		}
	}

}
