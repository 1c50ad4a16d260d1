package de.lotse.security.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Passwords that anyone who read a README or a tutorial would try first.
 */
final class KnownPasswords {

	private static final Set<String> KNOWN = Set.of("demo", "admin", "password", "passwort", "camunda", "lotse",
			"changeme", "secret", "geheim", "test", "123456", "12345678", "qwertz", "qwerty");

	private KnownPasswords() {
	}

	/**
	 * Every candidate a user's stored password is compared against.
	 * @param userId the user, whose id is a default password too
	 * @return the candidates
	 */
	static Set<String> candidates(String userId) {
		java.util.Set<String> candidates = new java.util.LinkedHashSet<>(KNOWN);
		candidates.add(userId);
		return candidates;
	}

	static boolean isKnown(String password, String userId) {
		return password.isBlank() || KNOWN.contains(password.toLowerCase(Locale.ROOT))
				|| password.equalsIgnoreCase(userId);
	}

}
