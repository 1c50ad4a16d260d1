package de.lotse.agency.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The idempotency key of an agency call: {@code <case reference>/<activity id>/<hash>}.
 * <p>
 * The hash covers the process instance and the activity instance of the service task.
 * Both stay the same while the engine retries the task (a retry, also one started from
 * Cockpit, reuses the task), so a repeated call is recognised by the agency and never
 * registers a person twice or pays a benefit twice. A loop back to the same service task
 * creates a new activity instance and so a new key, because it is a new action: after a
 * refused Anmeldung has been clarified, the Anmeldung is submitted again and must not get
 * the first refusal back. The external task id is not used: it is an engine detail that
 * says nothing about the action. The case reference and activity id keep the key readable
 * for an agency's operator.
 */
final class IdempotencyKeys {

	private IdempotencyKeys() {
	}

	static String of(AgencyTask task) {
		String caseReference = (task.businessKey() != null) ? task.businessKey() : "ohne-Aktenzeichen";
		return caseReference + "/" + task.activityId() + "/"
				+ sha256(task.processInstanceId() + "/" + task.activityInstanceId()).substring(0, 16);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
