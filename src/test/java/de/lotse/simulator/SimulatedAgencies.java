package de.lotse.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The agencies' contracts in {@code openapi/<agency>.yaml}, read with SnakeYAML.
 */
public final class SimulatedAgencies {

	private static final String INBOX = "inbox";

	private SimulatedAgencies() {
	}

	/**
	 * Every documented operation of every agency.
	 * @return the operations
	 */
	public static List<Operation> documentedOperations() {
		List<Operation> operations = new ArrayList<>();
		try {
			for (Resource document : new PathMatchingResourcePatternResolver()
				.getResources("classpath:openapi/*.yaml")) {
				String agency = document.getFilename().replace(".yaml", "");
				if (INBOX.equals(agency)) {
					// Lotse's own API for the agencies' answers, not an agency's
					continue;
				}
				try (InputStream in = document.getInputStream()) {
					Map<String, Object> contract = new Yaml().load(in);
					@SuppressWarnings("unchecked")
					Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) contract.get("paths");
					paths.forEach((path, methods) -> methods.keySet()
						.forEach((method) -> operations.add(new Operation(agency, method.toUpperCase(), path))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return operations;
	}

	/**
	 * One documented operation.
	 *
	 * @param agency the agency (file name of its contract)
	 * @param method the HTTP method
	 * @param path the path below the agency's base URL
	 */
	public record Operation(String agency, String method, String path) {

		@Override
		public String toString() {
			return this.agency + " " + this.method + " " + this.path;
		}

	}

}
