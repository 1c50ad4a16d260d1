package de.lotse.inbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.lotse.inbox.internal.ReplyReception.Receipt;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/agencies/{agency}/replies}: an agency delivers an asynchronous answer
 * for a case. Answers 201 when the case's process took it, 202 when it is stored and
 * waits for the process, 200 when it was received before.
 */
@RestController
class AgencyReplyController {

	private final ReplyReception reception;

	AgencyReplyController(ReplyReception reception) {
		this.reception = reception;
	}

	@PostMapping(path = "/api/agencies/{agency}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> receive(@PathVariable String agency, @RequestBody JsonNode body) {
		Receipt receipt = this.reception.receive(agency, body);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("replyId", receipt.reply().replyId());
		answer.put("caseReference", receipt.reply().caseReference());
		answer.put("status", receipt.status().name());
		return switch (receipt.status()) {
			case CORRELATED -> {
				answer.put("detail", "Antwort erhalten und dem Fall zugeordnet.");
				yield ResponseEntity.status(HttpStatus.CREATED).body(answer);
			}
			case PENDING -> {
				answer.put("detail", "Antwort erhalten; sie wird dem Fall zugeordnet, sobald er so weit ist.");
				yield ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
			}
			case DUPLICATE -> {
				answer.put("detail", "Diese Antwort wurde bereits erhalten; es wurde nichts geändert.");
				yield ResponseEntity.ok(answer);
			}
		};
	}

}
