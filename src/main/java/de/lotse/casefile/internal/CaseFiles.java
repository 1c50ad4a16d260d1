package de.lotse.casefile.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import de.lotse.casefile.CaseFile;
import de.lotse.casefile.CaseIntake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case files and the intake requests seen so far, in the project's own tables.
 */
@Repository
public class CaseFiles {

	private final JdbcClient jdbc;

	public CaseFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(String caseReference, CaseIntake intake, String openedBy, Instant openedAt) {
		this.jdbc.sql("""
				insert into case_file (case_reference, given_name, family_name, birth_date, nationality,
				    residence_status, arrival_date, move_in_date, district, interpreter_language, opened_at, opened_by)
				values (:reference, :givenName, :familyName, :birthDate, :nationality,
				    :status, :arrivalDate, :moveInDate, :district, :interpreterLanguage, :openedAt, :openedBy)
				""")
			.param("reference", caseReference)
			.param("givenName", intake.givenName().strip())
			.param("familyName", intake.familyName().strip())
			.param("birthDate", Date.valueOf(intake.birthDate()))
			.param("nationality", intake.nationality())
			.param("status", intake.residenceStatus())
			.param("arrivalDate", Date.valueOf(intake.arrivalDate()))
			.param("moveInDate", (intake.moveInDate() != null) ? Date.valueOf(intake.moveInDate()) : null)
			.param("district", intake.district().strip())
			.param("interpreterLanguage", intake.interpreterLanguage())
			.param("openedAt", Timestamp.from(openedAt))
			.param("openedBy", openedBy)
			.update();
	}

	public boolean exists(String caseReference) {
		return this.jdbc.sql("select count(*) from case_file where case_reference = :reference")
			.param("reference", caseReference)
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<CaseFile> find(String caseReference) {
		return this.jdbc.sql("select * from case_file where case_reference = :reference")
			.param("reference", caseReference)
			.query((rs, row) -> new CaseFile(rs.getString("case_reference"), rs.getString("given_name"),
					rs.getString("family_name"), rs.getDate("birth_date").toLocalDate(), rs.getString("nationality"),
					rs.getString("residence_status"), rs.getDate("arrival_date").toLocalDate(),
					(rs.getDate("move_in_date") != null) ? rs.getDate("move_in_date").toLocalDate() : null,
					rs.getString("district"), rs.getTimestamp("opened_at").toInstant()))
			.optional();
	}

	/**
	 * The person's name as lists show it: family name, given name.
	 * @param caseReference the case reference
	 * @return the name, empty for an unknown case
	 */
	public Optional<String> findPersonName(String caseReference) {
		return this.jdbc.sql("select family_name, given_name from case_file where case_reference = :reference")
			.param("reference", caseReference)
			.query((rs, row) -> rs.getString("family_name") + ", " + rs.getString("given_name"))
			.optional();
	}

	public Optional<IntakeRequest> findIntakeRequest(String idempotencyKey) {
		return this.jdbc
			.sql("select request_hash, case_reference from case_intake_request where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query((rs, row) -> new IntakeRequest(rs.getString("request_hash"), rs.getString("case_reference")))
			.optional();
	}

	public void insertIntakeRequest(String idempotencyKey, String requestHash, String caseReference,
			Instant receivedAt) {
		this.jdbc.sql("""
				insert into case_intake_request (idempotency_key, request_hash, case_reference, received_at)
				values (:key, :hash, :reference, :receivedAt)
				""")
			.param("key", idempotencyKey)
			.param("hash", requestHash)
			.param("reference", caseReference)
			.param("receivedAt", Timestamp.from(receivedAt))
			.update();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from case_file").query(Long.class).single();
	}

	public record IntakeRequest(String requestHash, String caseReference) {

	}

}
