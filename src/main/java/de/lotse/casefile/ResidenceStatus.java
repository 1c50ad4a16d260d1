package de.lotse.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Residence status of a person, derived from the current residence document and its
 * history (domain model, section 3). The code steers the branches of the chain.
 */
public enum ResidenceStatus {

	/** Asylum seeker in procedure (Aufenthaltsgestattung). */
	ASYL_SEEKER("Asylsuchende Person im Verfahren"),
	/** Duldung or obliged to leave. */
	TOLERATED("Duldung"),
	/** Recognised asylum holder, Art. 16a GG. */
	PROTECTED_ASYL("Asylberechtigt (Art. 16a GG)"),
	/** Refugee status under the Geneva Convention. */
	PROTECTED_GFK("Flüchtlingseigenschaft (GFK)"),
	/** Subsidiary protection. */
	PROTECTED_SUB("Subsidiärer Schutz"),
	/** National deportation ban, section 25 (3) AufenthG. */
	NAT_BAN("Nationales Abschiebungsverbot"),
	/** Other humanitarian titles, section 25 (4) sentence 1 and (5) AufenthG. */
	HUM_OTHER("Sonstiger humanitärer Aufenthalt"),
	/** Temporary protection, Ukraine, section 24 AufenthG. */
	UKR_24("Vorübergehender Schutz (§ 24 AufenthG)"),
	/** EU, EEA or Swiss citizen. */
	EU("Unionsbürgerin oder Unionsbürger"),
	/** Skilled worker or employment. */
	SKILLED("Fachkraft oder Beschäftigung"),
	/** Family reunification. */
	FAMILY("Familiennachzug"),
	/** Unaccompanied minor. */
	UMA("Unbegleitete minderjährige Person"),
	/** Accompanied minor. */
	MINOR_ACC("Begleitete minderjährige Person");

	private final String label;

	ResidenceStatus(String label) {
		this.label = label;
	}

	/**
	 * The German name a clerk reads.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The status with this exact code.
	 * @param code the code, e.g. {@code PROTECTED_GFK}
	 * @return the status, or empty for an unknown code
	 */
	public static Optional<ResidenceStatus> ofCode(String code) {
		return Arrays.stream(values()).filter((status) -> status.name().equals(code)).findFirst();
	}

}
