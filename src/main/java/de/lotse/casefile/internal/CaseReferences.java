package de.lotse.casefile.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Year;

/**
 * New case references such as {@code LT-2026-K7Q3XP}: the year of intake and six random
 * characters without look-alikes (no 0/O, 1/I/L), so that a reference can be read out on
 * the phone and tells nothing about how many cases exist.
 */
public class CaseReferences {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	public CaseReferences(Clock clock) {
		this.clock = clock;
	}

	public String next() {
		StringBuilder reference = new StringBuilder("LT-").append(Year.now(this.clock)).append('-');
		for (int i = 0; i < 6; i++) {
			reference.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return reference.toString();
	}

}
