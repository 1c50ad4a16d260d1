package de.lotse.simulator.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One operation of one simulated agency, with the same path and answers as the agency's
 * contract in {@code openapi/<agency>.yaml}.
 *
 * @param agency the agency
 * @param method the HTTP method
 * @param path the path below the agency's base URL
 * @param operationId the operation id of the contract
 * @param status the HTTP status of an accepted action
 * @param answer the answer to an accepted action, from the request and the action's
 * sequence number
 * @param refusal the agency's refusal, when it refuses
 * @param reply the agency's later answer to an accepted action, or {@code null}
 */
record SimulatedOperation(String agency, String method, String path, String operationId, int status, Answer answer,
		Refusal refusal, Reply reply) {

	SimulatedOperation(String agency, String method, String path, String operationId, int status, Answer answer,
			Refusal refusal) {
		this(agency, method, path, operationId, status, answer, refusal, null);
	}

	/** Every simulated operation. */
	static final List<SimulatedOperation> ALL = List.of(
			new SimulatedOperation("meldebehoerde", "POST", "/anmeldungen", "Anmeldung", 201,
					(request, number) -> Map.of("registrationNumber", "MB-" + number, "status", "ANGEMELDET"),
					new Refusal("ZWEIFEL_WOHNANSCHRIFT", "Zweifel an der Wohnanschrift (§ 19 Abs. 6 BMG)")),
			new SimulatedOperation("meldebehoerde", "POST", "/mitteilungen/einbuergerungen", "Einbuergerungsmitteilung",
					202, (request, number) -> Map.of("status", "EINGETRAGEN"),
					new Refusal("PERSON_UNBEKANNT", "Person im Melderegister nicht gefunden")),
			new SimulatedOperation("auslaenderbehoerde", "POST", "/mitteilungen/anmeldungen",
					"Datenuebermittlung_Anmeldung", 202, (request, number) -> Map.of("status", "UEBERNOMMEN"),
					new Refusal("PERSON_UNBEKANNT", "Person in der Ausländerdatei nicht gefunden")),
			new SimulatedOperation("auslaenderbehoerde", "POST", "/akten/anforderungen", "Aktenanforderung", 200,
					(request, number) -> Map.of("result", "FILE_RECEIVED"),
					new Refusal("NICHT_ZUSTAENDIG", "Die Akte führt eine andere Ausländerbehörde")),
			new SimulatedOperation("auslaenderbehoerde", "POST", "/mitteilungen/einbuergerungen",
					"Einbuergerungsmitteilung", 202, (request, number) -> Map.of("status", "AUSLAENDERDATEI_B"),
					new Refusal("PERSON_UNBEKANNT", "Person in der Ausländerdatei nicht gefunden")),
			new SimulatedOperation("auslaenderzentralregister", "POST", "/abfragen", "AZR_Abfrage", 200,
					(request, number) -> Map.of("result", "NO_BENEFIT_RECEIPT"),
					new Refusal("KEINE_BERECHTIGUNG", "Abfrage nach § 19 AZRG nicht zulässig")),
			new SimulatedOperation("bundeszentralregister", "POST", "/auskuenfte", "Behoerdenauskunft", 200,
					(request, number) -> Map.of("result", "NO_ENTRIES"),
					new Refusal("ANTRAG_UNVOLLSTAENDIG", "Angaben zur Person unvollständig")),
			new SimulatedOperation("verfassungsschutz", "POST", "/regelanfragen", "Regelanfrage", 200,
					(request, number) -> Map.of("result", "NO_FINDINGS"),
					new Refusal("NICHT_ZUSTAENDIG", "Regelanfrage an das Landesamt des Wohnorts richten")),
			new SimulatedOperation("kurstraeger", "POST", "/teilnehmer/anmeldungen", "Kursanmeldung", 201,
					SimulatedOperation::courseRegistration, new Refusal("KURS_AUSGEBUCHT", "Kurs ausgebucht"),
					new Reply("KURSBEGINN",
							(request) -> Map.of("courseStartDate",
									LocalDate.now(SimulatorClock.ZONE).plusWeeks(2).toString()))),
			new SimulatedOperation("sozialamt", "POST", "/leistungen/auszahlungen", "Auszahlung", 201,
					(request, number) -> Map.of("paymentNumber", "SA-" + number, "status", "ANGEWIESEN"),
					new Refusal("KEIN_ANSPRUCH", "Kein Leistungsanspruch festgestellt")));

	static Optional<SimulatedOperation> find(String agency, String method, String path) {
		return ALL.stream()
			.filter((operation) -> operation.agency.equals(agency) && operation.method.equalsIgnoreCase(method)
					&& operation.path.equals(path))
			.findFirst();
	}

	static boolean knows(String agency) {
		return ALL.stream().anyMatch((operation) -> operation.agency.equals(agency));
	}

	private static Map<String, Object> courseRegistration(Map<String, Object> request, long number) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("registrationDate", LocalDate.now(SimulatorClock.ZONE).toString());
		answer.put("courseProvider", Objects.requireNonNullElse(request.get("courseProvider"), "VHS Musterstadt"));
		return answer;
	}

	/**
	 * A later answer of the agency, posted to Lotse's inbox.
	 *
	 * @param messageType the inbox's message type
	 * @param data the reply's data from the request
	 */
	record Reply(String messageType, Function<Map<String, Object>, Map<String, Object>> data) {

	}

	/** Builds the answer to an accepted action. */
	interface Answer {

		Map<String, Object> of(Map<String, Object> request, long number);

	}

	/**
	 * A refusal on the merits, answered with HTTP 422.
	 *
	 * @param reasonCode the agency's reason code
	 * @param message the agency's reason in German
	 */
	record Refusal(String reasonCode, String message) {

		Map<String, Object> body() {
			return Map.of("reasonCode", this.reasonCode, "message", this.message);
		}

	}

}
