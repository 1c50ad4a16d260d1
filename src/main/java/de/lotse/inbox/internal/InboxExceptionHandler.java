package de.lotse.inbox.internal;

import de.lotse.inbox.internal.AgencyCallers.ForeignAgencyException;
import de.lotse.inbox.internal.ReplyReception.ClosedCaseException;
import de.lotse.inbox.internal.ReplyReception.UnknownAgencyException;
import de.lotse.inbox.internal.ReplyReception.UnknownCaseException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The inbox's refusals as German problem documents.
 */
@RestControllerAdvice(basePackageClasses = InboxExceptionHandler.class)
class InboxExceptionHandler {

	@ExceptionHandler
	ProblemDetail unknownAgency(UnknownAgencyException ex) {
		return problem(HttpStatus.NOT_FOUND, "Unbekannte Behörde",
				"Unter dieser Adresse nimmt Lotse keine Nachrichten entgegen.");
	}

	@ExceptionHandler
	ProblemDetail foreignAgency(ForeignAgencyException ex) {
		return problem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
				"Diese Zugangsdaten gehören nicht zur Behörde „" + ex.agency().name() + "“.");
	}

	@ExceptionHandler
	ProblemDetail unknownCase(UnknownCaseException ex) {
		return problem(HttpStatus.NOT_FOUND, "Unbekannter Fall",
				"Kein Fall mit dem Aktenzeichen " + ex.caseReference() + " bekannt.");
	}

	@ExceptionHandler
	ProblemDetail closedCase(ClosedCaseException ex) {
		return problem(HttpStatus.CONFLICT, "Fall abgeschlossen", "Der Fall mit dem Aktenzeichen " + ex.caseReference()
				+ " ist abgeschlossen; die Antwort kann keinem Vorgang mehr zugeordnet werden.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
