package de.lotse.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The replies received from the agencies, in the table {@code agency_reply}.
 */
@Repository
class AgencyReplies {

	private static final int MAX_ERROR_LENGTH = 1000;

	private static final String COLUMNS = "id, agency, reply_id, case_reference, message_type, message_name, payload";

	private final JdbcClient jdbc;

	AgencyReplies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredReply> find(String agency, String replyId) {
		return this.jdbc.sql("select " + COLUMNS + " from agency_reply where agency = :agency and reply_id = :replyId")
			.param("agency", agency)
			.param("replyId", replyId)
			.query(AgencyReplies::reply)
			.optional();
	}

	StoredReply insert(NewReply reply) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into agency_reply (agency, reply_id, case_reference, message_type, message_name, payload,
					    received_at, received_by)
					values (:agency, :replyId, :caseReference, :messageType, :messageName, :payload, :receivedAt, :receivedBy)
					""")
			.param("agency", reply.agency())
			.param("replyId", reply.replyId())
			.param("caseReference", reply.caseReference())
			.param("messageType", reply.messageType())
			.param("messageName", reply.messageName())
			.param("payload", reply.payload())
			.param("receivedAt", Timestamp.from(reply.receivedAt()))
			.param("receivedBy", reply.receivedBy())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		return new StoredReply(id, reply.agency(), reply.replyId(), reply.caseReference(), reply.messageType(),
				reply.messageName(), reply.payload());
	}

	/**
	 * Mark a reply as correlated unless it already is. The row stays locked until the
	 * transaction ends, so two nodes never correlate the same reply.
	 * @return whether this call claimed the reply
	 */
	boolean claim(long id, Instant now) {
		return this.jdbc.sql("""
				update agency_reply
				set correlated_at = :now, correlation_attempts = correlation_attempts + 1, last_attempt_at = :now,
				    last_error = null
				where id = :id and correlated_at is null
				""").param("now", Timestamp.from(now)).param("id", id).update() == 1;
	}

	void recordFailedAttempt(long id, Instant now, String error) {
		String shortened = (error != null && error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH)
				: error;
		this.jdbc.sql("""
				update agency_reply
				set correlation_attempts = correlation_attempts + 1, last_attempt_at = :now, last_error = :error
				where id = :id and correlated_at is null
				""").param("now", Timestamp.from(now)).param("error", shortened).param("id", id).update();
	}

	/** The replies still waiting for their process, least recently tried first. */
	List<StoredReply> pending(int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from agency_reply where correlated_at is null"
					+ " order by coalesce(last_attempt_at, received_at), id fetch first " + limit + " rows only")
			.query(AgencyReplies::reply)
			.list();
	}

	private static StoredReply reply(ResultSet rs, int row) throws SQLException {
		return new StoredReply(rs.getLong("id"), rs.getString("agency"), rs.getString("reply_id"),
				rs.getString("case_reference"), rs.getString("message_type"), rs.getString("message_name"),
				rs.getString("payload"));
	}

	/**
	 * A reply to be stored.
	 */
	record NewReply(String agency, String replyId, String caseReference, String messageType, String messageName,
			String payload, Instant receivedAt, String receivedBy) {

	}

	/**
	 * A stored reply.
	 */
	record StoredReply(long id, String agency, String replyId, String caseReference, String messageType,
			String messageName, String payload) {

	}

}
