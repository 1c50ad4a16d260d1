package de.lotse.steering.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status groups the steering figures can be filtered by, each a set of the domain
 * model's residence statuses.
 */
enum StatusGroup {

	/** Asylum seekers in procedure and persons with a Duldung. */
	ASYLUM("Asylsuchende", "ASYL_SEEKER", "TOLERATED"),
	/** Recognised protection: asylum, refugee, subsidiary, national bans, § 24. */
	PROTECTED("Schutzberechtigte (anerkannt, subsidiär, § 24)", "PROTECTED_ASYL", "PROTECTED_GFK", "PROTECTED_SUB",
			"NAT_BAN", "HUM_OTHER", "UKR_24"),
	/** EU, EEA and Swiss citizens. */
	EU("Unionsbürgerinnen und Unionsbürger", "EU"),
	/** Skilled workers and family reunification. */
	SKILLED("Fachkräfte und Familiennachzug", "SKILLED", "FAMILY"),
	/** Minors, unaccompanied or accompanied. */
	MINOR("Minderjährige (UMA)", "UMA", "MINOR_ACC");

	private final String label;

	private final String[] statuses;

	StatusGroup(String label, String... statuses) {
		this.label = label;
		this.statuses = statuses;
	}

	/**
	 * The German name a steering member reads.
	 * @return the label
	 */
	String label() {
		return this.label;
	}

	/**
	 * The group of a residence status.
	 * @param residenceStatus the status code, e.g. {@code PROTECTED_GFK}
	 * @return the group, or empty for an unknown code
	 */
	static Optional<StatusGroup> of(String residenceStatus) {
		return Arrays.stream(values())
			.filter((group) -> Arrays.asList(group.statuses).contains(residenceStatus))
			.findFirst();
	}

	/**
	 * The group with this id.
	 * @param id e.g. {@code ASYLUM}
	 * @return the group, or empty for an unknown id
	 */
	static Optional<StatusGroup> byId(String id) {
		return Arrays.stream(values()).filter((group) -> group.name().equals(id)).findFirst();
	}

}
