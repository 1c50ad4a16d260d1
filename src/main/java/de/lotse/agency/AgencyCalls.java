package de.lotse.agency;

import java.util.List;
import java.util.Optional;

import de.lotse.agency.internal.Workers;

/**
 * Every agency call a worker serves. The same list runs in the application and in a
 * separate worker process ({@link AgencyWorkerApplication}).
 */
public final class AgencyCalls {

	private AgencyCalls() {
	}

	/**
	 * All agency calls, one per topic.
	 * @return the calls
	 */
	public static List<AgencyCall> all() {
		return Workers.ALL;
	}

	/**
	 * The topics served by a worker.
	 * @return the topics
	 */
	public static List<String> topics() {
		return all().stream().map(AgencyCall::topic).toList();
	}

	/**
	 * The call serving a topic.
	 * @param topic the topic
	 * @return the call, or empty when no worker serves the topic
	 */
	public static Optional<AgencyCall> forTopic(String topic) {
		return all().stream().filter((call) -> call.topic().equals(topic)).findFirst();
	}

}
