package de.lotse.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers requests without valid credentials with 401 and requests without the right role
 * with 403, each as a small problem document in German, never with a page or data. Wrong
 * credentials and a user the engine has locked after wrong passwords get the same answer,
 * so that nobody learns from it whether a user exists or is locked.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lotse\", charset=\"UTF-8\"");
		if (ex instanceof BadCredentialsException) {
			write(response, HttpStatus.UNAUTHORIZED, "Anmeldung fehlgeschlagen",
					"Benutzername oder Passwort ist falsch, oder das Konto ist nach Fehlversuchen gesperrt. "
							+ "Warten Sie einen Moment und versuchen Sie es erneut; nach zu vielen Fehlversuchen "
							+ "kann nur die Administration das Konto wieder freigeben.");
			return;
		}
		write(response, HttpStatus.UNAUTHORIZED, "Nicht angemeldet",
				"Bitte melden Sie sich mit Benutzername und Passwort an.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Keine Berechtigung", "Ihre Rolle erlaubt diesen Zugriff nicht.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
