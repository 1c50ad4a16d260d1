package de.lotse.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.lotse.casefile.internal.CaseFiles;
import de.lotse.casefile.internal.CaseReferences;
import de.lotse.casefile.internal.IntakeValidator;
import de.lotse.chain.CaseFacts;
import de.lotse.chain.ChainInstances;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens case files. The case file keeps the personal data; the chain process gets the
 * case reference as business key and the facts that steer it. Both are written in one
 * transaction: either the case and its chain exist, or nothing was stored.
 */
@Service
public class CaseFileManagement {

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,100}");

	private static final int REFERENCE_ATTEMPTS = 5;

	private final CaseFiles files;

	private final ChainInstances chains;

	private final Clock clock;

	private final IntakeValidator validator;

	private final CaseReferences references;

	CaseFileManagement(CaseFiles files, ChainInstances chains, Clock clock) {
		this.files = files;
		this.chains = chains;
		this.clock = clock;
		this.validator = new IntakeValidator(clock);
		this.references = new CaseReferences(clock);
	}

	/**
	 * Open a case and start its chain.
	 * @param intake what the intake asks for
	 * @param idempotencyKey the client's key for this intake, or {@code null}; the same
	 * key with the same intake returns the case opened the first time
	 * @param openedBy the user who opens the case
	 * @return the opened case
	 * @throws InvalidRequestException naming every wrong field
	 * @throws IdempotencyConflictException when the key was used for another intake
	 */
	@Transactional
	public OpenedCase open(CaseIntake intake, String idempotencyKey, String openedBy) {
		if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			throw new InvalidRequestException(List.of(new FieldProblem("Idempotency-Key",
					"Der Schlüssel muss 8 bis 100 Zeichen aus Buchstaben, Ziffern und . _ : - haben.")));
		}
		this.validator.validate(intake);
		String hash = hash(intake);
		if (idempotencyKey != null) {
			Optional<CaseFiles.IntakeRequest> earlier = this.files.findIntakeRequest(idempotencyKey);
			if (earlier.isPresent()) {
				if (!earlier.get().requestHash().equals(hash)) {
					throw new IdempotencyConflictException(idempotencyKey);
				}
				return new OpenedCase(earlier.get().caseReference(), true);
			}
		}
		String reference = newReference();
		this.files.insert(reference, intake, openedBy, this.clock.instant());
		if (idempotencyKey != null) {
			this.files.insertIntakeRequest(idempotencyKey, hash, reference, this.clock.instant());
		}
		this.chains
			.start(new CaseFacts(reference, intake.residenceStatus(), intake.district().strip(), intake.nationality(),
					intake.birthDate(), intake.arrivalDate(), intake.moveInDate(), intake.interpreterLanguage()));
		return new OpenedCase(reference, false);
	}

	/**
	 * Whether a case with this reference exists.
	 * @param caseReference the case reference, e.g. {@code LT-2026-K7Q3XP}
	 * @return {@code true} when the case file exists
	 */
	@Transactional(readOnly = true)
	public boolean exists(String caseReference) {
		return this.files.exists(caseReference);
	}

	/**
	 * The case file with this reference.
	 * @param caseReference the case reference, e.g. {@code LT-2026-K7Q3XP}
	 * @return the case file, or empty when there is none
	 */
	@Transactional(readOnly = true)
	public Optional<CaseFile> find(String caseReference) {
		return this.files.find(caseReference);
	}

	/**
	 * The name of the person a case is about, as work lists show it (Haddad, Amal). Only
	 * for showing the name to the clerks who work the case's tasks; it is read from the
	 * case file each time and never stored in a process.
	 * @param caseReference the case reference
	 * @return the name, empty when no case file has this reference
	 */
	@Transactional(readOnly = true)
	public Optional<String> personName(String caseReference) {
		return this.files.findPersonName(caseReference);
	}

	private String newReference() {
		for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
			String reference = this.references.next();
			if (!this.files.exists(reference)) {
				return reference;
			}
		}
		throw new IllegalStateException("No free case reference after " + REFERENCE_ATTEMPTS + " attempts");
	}

	private static String hash(CaseIntake intake) {
		String content = intake.toString();
		if (intake.interpreterLanguage() == null) {
			// intakes without the later field keep the hash they had before it existed,
			// so a
			// client repeating such an intake across an update still gets its first case
			content = content.replace(", interpreterLanguage=null", "");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The idempotency key of an intake was used before for different content.
	 */
	public static class IdempotencyConflictException extends RuntimeException {

		public IdempotencyConflictException(String idempotencyKey) {
			super("Idempotency key '" + idempotencyKey + "' was used for a different intake");
		}

	}

}
