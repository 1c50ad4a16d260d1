package de.lotse.support;

import java.util.HashMap;
import java.util.Map;

/**
 * Intakes for {@code POST /api/cases} that tests start from and change field by field.
 */
public final class TestIntakes {

	private TestIntakes() {
	}

	/**
	 * A valid intake of a recognised refugee.
	 * @return a new, mutable intake
	 */
	public static Map<String, Object> recognisedRefugee() {
		Map<String, Object> intake = new HashMap<>();
		intake.put("givenName", "Amal");
		intake.put("familyName", "Haddad");
		intake.put("birthDate", "1994-05-12");
		intake.put("nationality", "SYR");
		intake.put("residenceStatus", "PROTECTED_GFK");
		intake.put("arrivalDate", "2026-03-02");
		intake.put("moveInDate", "2026-03-09");
		intake.put("district", "Styrum");
		return intake;
	}

}
