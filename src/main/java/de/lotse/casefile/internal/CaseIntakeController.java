package de.lotse.casefile.internal;

import java.net.URI;
import java.security.Principal;
import java.util.Map;

import de.lotse.casefile.CaseFileManagement;
import de.lotse.casefile.CaseFileManagement.IdempotencyConflictException;
import de.lotse.casefile.CaseIntake;
import de.lotse.casefile.OpenedCase;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases}: the intake of a new person. Answers 201 with the case
 * reference and its address; the same intake sent again with the same
 * {@code Idempotency-Key} answers 200 with the case opened the first time.
 */
@RestController
@RequestMapping("/api/cases")
class CaseIntakeController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final CaseFileManagement management;

	CaseIntakeController(CaseFileManagement management) {
		this.management = management;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> open(@RequestBody CaseIntake intake,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey, Principal user) {
		OpenedCase opened;
		try {
			opened = this.management.open(intake, idempotencyKey, user.getName());
		}
		catch (DuplicateKeyException concurrentDuplicate) {
			// the same key arrived twice at the same moment; the other request won
			opened = this.management.open(intake, idempotencyKey, user.getName());
		}
		URI location = URI.create("/api/cases/" + opened.caseReference());
		Map<String, String> body = Map.of("caseReference", opened.caseReference());
		return opened.replayed() ? ResponseEntity.ok().location(location).body(body)
				: ResponseEntity.created(location).body(body);
	}

	@ExceptionHandler
	ProblemDetail idempotencyConflict(IdempotencyConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				"Dieser Idempotency-Key wurde bereits für andere Angaben verwendet.");
		problem.setTitle("Schlüssel bereits verwendet");
		return problem;
	}

}
