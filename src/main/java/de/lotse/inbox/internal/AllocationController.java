package de.lotse.inbox.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import de.lotse.inbox.internal.AllocationReception.Allocation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/agencies/bezirksregierung/allocations}: a Zuweisung opens a case.
 * Answers 201 with the new case reference; the same allocation sent again answers 200
 * with the case opened the first time.
 */
@RestController
class AllocationController {

	private final AllocationReception reception;

	private final ReplyCorrelation correlation;

	AllocationController(AllocationReception reception, ReplyCorrelation correlation) {
		this.reception = reception;
		this.correlation = correlation;
	}

	@PostMapping(path = "/api/agencies/{agency}/allocations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> receive(@PathVariable String agency, @RequestBody AllocationNotice notice) {
		Allocation allocation;
		try {
			allocation = this.reception.receive(agency, notice);
		}
		catch (DuplicateKeyException concurrentDuplicate) {
			// the same allocation arrived twice at the same moment; the other request won
			allocation = this.reception.receive(agency, notice);
		}
		String caseReference = allocation.zuweisung().caseReference();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("allocationId", allocation.zuweisung().replyId());
		answer.put("caseReference", caseReference);
		URI location = URI.create("/api/cases/" + caseReference);
		if (allocation.duplicate()) {
			answer.put("detail", "Diese Zuweisung wurde bereits erhalten; es wurde kein weiterer Fall eröffnet.");
			return ResponseEntity.ok().location(location).body(answer);
		}
		// the case and its Zuweisung are committed; a failed correlation is retried later
		boolean correlated = this.correlation.correlate(allocation.zuweisung());
		answer.put("detail", correlated ? "Fall eröffnet; die Zuweisung ist dem Fall zugeordnet."
				: "Fall eröffnet; die Zuweisung wird dem Fall zugeordnet, sobald er so weit ist.");
		return ResponseEntity.status(HttpStatus.CREATED).location(location).body(answer);
	}

}
