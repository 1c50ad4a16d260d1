package de.lotse.inbox.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.BenefitClaimProcess;
import de.lotse.chain.LanguageCourseProcess;
import de.lotse.chain.NaturalisationProcess;
import de.lotse.inbox.internal.MessageType.DataField;

/**
 * The agencies that send messages to Lotse and, for each, the message types it may send:
 * the code the agency uses, the BPMN message its case waits for and the data the message
 * carries into the process. This is the one place where an inbound message is mapped to a
 * process.
 */
final class AgencyCatalogue {

	/** The Bezirksregierung Arnsberg, which sends allocation notices. */
	static final String BEZIRKSREGIERUNG = "bezirksregierung";

	/** Message type of the Zuweisung. */
	static final String ZUWEISUNG = "ZUWEISUNG";

	private static final Map<String, Agency> AGENCIES = Map.of(
			// XAusländer-Asyl: the BAMF's decision on the asylum application
			"bamf",
			new Agency("bamf", "Bundesamt für Migration und Flüchtlinge", List
				.of(new MessageType("ASYLENTSCHEIDUNG", BenefitClaimProcess.MESSAGE_BAMF_DECISION_RECEIVED,
						List.of(DataField.code(BenefitClaimProcess.DECISION_TYPE, "ASYLUM", "REFUGEE", "SUBSIDIARY",
								"DEPORTATION_BAN", "REJECTED"), DataField.date(BenefitClaimProcess.DECISION_DATE))))),
			BEZIRKSREGIERUNG,
			new Agency(BEZIRKSREGIERUNG, "Bezirksregierung Arnsberg",
					List.of(new MessageType(ZUWEISUNG, ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED,
							List.of(DataField.date(ArrivalProcess.ALLOCATION_DATE))))),
			"kurstraeger",
			new Agency("kurstraeger", "Integrationskursträger", List.of(
					new MessageType("ANMELDUNG_BESTAETIGT", LanguageCourseProcess.MESSAGE_COURSE_REGISTRATION_CONFIRMED,
							List.of(DataField.date(LanguageCourseProcess.REGISTRATION_DATE),
									DataField.text(LanguageCourseProcess.COURSE_PROVIDER))),
					new MessageType("KURSBEGINN", LanguageCourseProcess.MESSAGE_COURSE_STARTED,
							List.of(DataField.date(LanguageCourseProcess.COURSE_START_DATE))))),
			// § 12a Abs. 3 StAG: the naturalisation waits for the end of an investigation
			"staatsanwaltschaft",
			new Agency("staatsanwaltschaft", "Staatsanwaltschaft",
					List.of(new MessageType("ERMITTLUNGSVERFAHREN_ABGESCHLOSSEN",
							NaturalisationProcess.MESSAGE_INVESTIGATION_CONCLUDED, List.of()))));

	private AgencyCatalogue() {
	}

	static Optional<Agency> agency(String id) {
		return Optional.ofNullable((id != null) ? AGENCIES.get(id) : null);
	}

	static Set<String> agencyIds() {
		return AGENCIES.keySet();
	}

	/**
	 * An agency that sends messages.
	 *
	 * @param id the agency's id in paths and topics, e.g. {@code bamf}
	 * @param name the agency's German name
	 * @param messageTypes what it may send
	 */
	record Agency(String id, String name, List<MessageType> messageTypes) {

		/** The engine group whose members speak for this agency. */
		String group() {
			return "agency-" + this.id;
		}

		Optional<MessageType> messageType(String code) {
			return this.messageTypes.stream().filter((type) -> type.code().equals(code)).findFirst();
		}

		List<String> messageTypeCodes() {
			return this.messageTypes.stream().map(MessageType::code).toList();
		}

	}

}
