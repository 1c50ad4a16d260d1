package de.lotse.agency.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.agency.AgencyCalls;
import de.lotse.runtime.LotseProfiles;
import org.camunda.bpm.engine.ExternalTaskService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The agency workers. In the application they fetch their tasks through the engine's Java
 * API; in a separate worker process (profile {@code worker}) through the engine's REST
 * API, see {@link RemoteWorkers}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AgencySettings.class, WorkerSettings.class })
class AgencyConfiguration {

	@Bean
	AgencyClients agencyClients(AgencySettings settings, ObjectMapper json) {
		return new AgencyClients(settings, json);
	}

	@Bean
	AgencyTaskHandler agencyTaskHandler(AgencyClients clients, AgencySettings settings) {
		return new AgencyTaskHandler(clients, settings);
	}

	/**
	 * A worker id unique per node and start, so the engine can tell the nodes' locks
	 * apart.
	 */
	static String workerId() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Configuration(proxyBeanMethods = false)
	@Profile(LotseProfiles.WORKER)
	static class SeparateProcess {

		@Bean(initMethod = "start", destroyMethod = "stop")
		RemoteWorkers remoteWorkers(WorkerSettings settings, AgencyTaskHandler handler) {
			return new RemoteWorkers(settings, handler, workerId());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Profile("!" + LotseProfiles.WORKER)
	@ConditionalOnProperty(name = "lotse.workers.enabled", matchIfMissing = true)
	static class InApplication {

		@Bean(destroyMethod = "stop")
		EnginePoller enginePoller(ExternalTaskService externalTasks, AgencyTaskHandler handler,
				WorkerSettings settings) {
			return new EnginePoller(externalTasks, handler, settings, workerId(), AgencyCalls.all());
		}

		@Bean
		ApplicationListener<ApplicationReadyEvent> startEnginePoller(EnginePoller poller) {
			return (event) -> poller.start();
		}

	}

}
