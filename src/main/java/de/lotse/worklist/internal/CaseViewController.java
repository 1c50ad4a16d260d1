package de.lotse.worklist.internal;

import java.util.List;

import de.lotse.worklist.internal.CaseViews.CaseForbiddenException;
import de.lotse.worklist.internal.CaseViews.CaseHiddenException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseReference}}: the case view as JSON, for the engine user of
 * the request. {@code GET /cases/{caseReference}}: the page that shows it.
 */
@RestController
class CaseViewController {

	private static final Resource PAGE = new ClassPathResource("static/case-view/index.html");

	private final CaseViews views;

	private final IdentityService identityService;

	CaseViewController(CaseViews views, IdentityService identityService) {
		this.views = views;
		this.identityService = identityService;
	}

	@GetMapping(path = "/api/cases/{caseReference}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CaseView> view(@PathVariable String caseReference) {
		Authentication user = this.identityService.getCurrentAuthentication();
		if (user == null) {
			throw new CaseForbiddenException();
		}
		CaseView view = this.views.view(caseReference, user.getUserId(),
				(user.getGroupIds() != null) ? user.getGroupIds() : List.of());
		// personal data: not to be kept by browsers or proxies
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
	}

	@GetMapping(path = "/cases/{caseReference}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page(@PathVariable String caseReference) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(PAGE);
	}

	@ExceptionHandler
	ProblemDetail hidden(CaseHiddenException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Kein Fall mit diesem Aktenzeichen bekannt, an dem Ihre Stelle beteiligt ist.");
		problem.setTitle("Fall nicht gefunden");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail forbidden(CaseForbiddenException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Ihre Rolle erlaubt keinen Einblick in einzelne Fälle.");
		problem.setTitle("Keine Berechtigung");
		return problem;
	}

}
