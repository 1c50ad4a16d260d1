package de.lotse.worklist.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import de.lotse.directory.Departments;

/**
 * Which personal data of the case file a department reads in the case view (data
 * minimisation, Art. 5 (1) c GDPR; purpose limitation, § 67c SGB X). Every involved
 * department identifies the person by name, date of birth and nationality; the rest only
 * where the department's task needs it.
 */
enum PersonDataScope {

	/** Name, date of birth, nationality: to identify the person at the counter. */
	IDENTITY,
	/** The residence status that steers benefits, course and naturalisation. */
	RESIDENCE_STATUS,
	/** Arrival date: reception, benefits from arrival, youth welfare. */
	ARRIVAL,
	/** Move-in date and district: registration deadline and local competence. */
	ADDRESS;

	private static final Map<String, Set<PersonDataScope>> BY_DEPARTMENT = Map.of(Departments.AUSLAENDERBEHOERDE,
			EnumSet.of(IDENTITY, RESIDENCE_STATUS, ARRIVAL), Departments.MELDEBEHOERDE, EnumSet.of(IDENTITY, ADDRESS),
			Departments.SOZIALAMT, EnumSet.of(IDENTITY, RESIDENCE_STATUS, ARRIVAL, ADDRESS), Departments.JOBCENTER,
			EnumSet.of(IDENTITY, RESIDENCE_STATUS, ADDRESS), Departments.EINBUERGERUNGSBEHOERDE,
			EnumSet.of(IDENTITY, RESIDENCE_STATUS), Departments.JUGENDAMT,
			EnumSet.of(IDENTITY, RESIDENCE_STATUS, ARRIVAL, ADDRESS), Departments.INTEGRATIONSMANAGEMENT,
			EnumSet.of(IDENTITY, RESIDENCE_STATUS, ARRIVAL, ADDRESS));

	/**
	 * What the departments of a case together may read.
	 * @param departments the departments involved in the case
	 * @return the categories, empty for none
	 */
	static Set<PersonDataScope> of(Collection<String> departments) {
		Set<PersonDataScope> scope = EnumSet.noneOf(PersonDataScope.class);
		departments.forEach((department) -> scope.addAll(BY_DEPARTMENT.getOrDefault(department, Set.of())));
		return scope;
	}

}
