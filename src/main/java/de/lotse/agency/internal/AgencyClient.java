package de.lotse.agency.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.agency.AgencyCall;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Calls one agency's API over HTTP with the agency's base URL, credential and timeouts,
 * and tells a decision of the agency from a technical failure.
 */
class AgencyClient {

	/** Header that makes a repeated call return the first call's answer. */
	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final String agency;

	private final AgencySettings.Agency settings;

	private final Supplier<Integer> localPort;

	private final ObjectMapper json;

	private final RestClient http;

	AgencyClient(String agency, AgencySettings.Agency settings, Supplier<Integer> localPort, ObjectMapper json) {
		this.agency = agency;
		this.settings = settings;
		this.localPort = localPort;
		this.json = json;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			// no h2c upgrade: agency gateways and stubs handle a plain HTTP/1.1 request
			// best
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.build());
		requests.setReadTimeout(settings.readTimeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	AgencyAnswer call(AgencyCall call, String idempotencyKey, Map<String, Object> body) {
		URI uri = URI.create(this.settings.resolvedBaseUrl(this.localPort.get()) + call.path());
		try {
			return this.http.method(call.method())
				.uri(uri)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.header(IDEMPOTENCY_KEY, idempotencyKey)
				.headers(this::authenticate)
				.body(body)
				.exchange((request, response) -> answer(response.getStatusCode().value(),
						StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)), true);
		}
		catch (ResourceAccessException ex) {
			String what = (ex.getCause() instanceof HttpTimeoutException) ? "antwortet nicht rechtzeitig"
					: "nicht erreichbar";
			return new AgencyAnswer.Failed(
					"Behörde " + this.agency + " " + what + " (" + call.method() + " " + uri + "): " + rootMessage(ex),
					ex.toString());
		}
	}

	private AgencyAnswer answer(int status, String body) {
		if (status >= 200 && status < 300) {
			return new AgencyAnswer.Accepted(parse(body));
		}
		if (status == 409 || status == 422) {
			Map<String, Object> refusal = parse(body);
			Object reason = refusal.getOrDefault("reasonCode", "ABGELEHNT");
			Object message = refusal.getOrDefault("message", AgencyAnswer.excerpt(body));
			return new AgencyAnswer.Refused(String.valueOf(reason), String.valueOf(message));
		}
		return new AgencyAnswer.Failed(
				"Behörde " + this.agency + " antwortet mit HTTP " + status + ": " + AgencyAnswer.excerpt(body), body);
	}

	private Map<String, Object> parse(String body) {
		if (body == null || body.isBlank()) {
			return Map.of();
		}
		try {
			return this.json.readValue(body, JSON_OBJECT);
		}
		catch (IOException ex) {
			return Map.of();
		}
	}

	private void authenticate(HttpHeaders headers) {
		if (this.settings.token() != null && !this.settings.token().isBlank()) {
			headers.setBearerAuth(this.settings.token());
		}
		else if (this.settings.username() != null && !this.settings.username().isBlank()) {
			String credential = this.settings.username() + ":"
					+ ((this.settings.password() != null) ? this.settings.password() : "");
			headers.set(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)));
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
