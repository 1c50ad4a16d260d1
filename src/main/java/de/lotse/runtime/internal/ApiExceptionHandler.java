package de.lotse.runtime.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns bad input to Lotse's own API into 400 answers with German messages that name each
 * wrong field; nothing of the request is echoed back.
 */
@RestControllerAdvice(basePackages = "de.lotse")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ProblemDetail invalidRequest(InvalidRequestException ex) {
		return badRequest(ex.getProblems());
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimitFilter.TooLargeException tooLarge) {
				return problem(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimitFilter.TITLE,
						RequestSizeLimitFilter.detail(tooLarge.maxBytes()));
			}
		}
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JsonProcessingException) && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return badRequest(List.of(new FieldProblem(unknown.getPropertyName(), "Unbekanntes Feld.")));
		}
		if (cause instanceof InvalidFormatException invalid) {
			return badRequest(List.of(new FieldProblem(path(invalid), describeExpected(invalid.getTargetType()))));
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return badRequest(List.of(new FieldProblem(path(mapping), "Der Wert hat nicht die erwartete Form.")));
		}
		if (cause instanceof JsonProcessingException) {
			return problem(HttpStatus.BAD_REQUEST, "Ungültiges JSON", "Der Inhalt ist kein gültiges JSON.");
		}
		return problem(HttpStatus.BAD_REQUEST, "Inhalt fehlt oder ist unlesbar",
				"Bitte senden Sie die Angaben als JSON.");
	}

	@ExceptionHandler
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Falsches Format",
				"Bitte senden Sie die Angaben als JSON (Content-Type: application/json).");
	}

	@ExceptionHandler
	ProblemDetail forbidden(AuthorizationException ex) {
		log.info("Refused by engine authorization: {}", ex.getMessage());
		return problem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Ihre Rolle erlaubt diesen Vorgang nicht.");
	}

	private static ProblemDetail badRequest(List<FieldProblem> problems) {
		ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "Ungültige Angaben",
				problems.stream()
					.map((problem) -> problem.field() + ": " + problem.message())
					.collect(Collectors.joining(" ")));
		detail.setProperty("errors",
				problems.stream()
					.map((problem) -> Map.of("field", problem.field(), "message", problem.message()))
					.toList());
		return detail;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static String path(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."));
	}

	private static String describeExpected(Class<?> type) {
		if (type == java.time.LocalDate.class) {
			return "Bitte ein Datum in der Form JJJJ-MM-TT angeben.";
		}
		if (type.isEnum()) {
			return "Unbekannter Wert.";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "Bitte eine Zahl angeben.";
		}
		return "Der Wert hat nicht die erwartete Form.";
	}

}
