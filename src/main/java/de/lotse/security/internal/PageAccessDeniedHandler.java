package de.lotse.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells a logged-in user in German, on a page, that their role does not open this page
 * (for example a clerk opening the steering dashboard).
 */
class PageAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("""
					<!DOCTYPE html>
					<html lang="de">
					<head><meta charset="utf-8"><title>Keine Berechtigung – Lotse</title>
					<style>body { font-family: system-ui, Arial, sans-serif; max-width: 36rem; margin: 10vh auto; color: #1d2a36; }</style>
					</head>
					<body>
					<h1>Keine Berechtigung</h1>
					<p>Ihre Rolle erlaubt den Zugriff auf diese Seite nicht. Wenden Sie sich an Ihre Teamleitung,
					wenn Sie die Seite für Ihre Arbeit brauchen.</p>
					<form method="post" action="%s"><input type="hidden" name="_csrf" value="%s">
					<button type="submit">Abmelden und als andere Person anmelden</button></form>
					</body>
					</html>
					"""
				.formatted(LoginPageController.LOGOUT_PATH, csrfToken(request)));
	}

	private static String csrfToken(HttpServletRequest request) {
		Object token = request.getAttribute("_csrf");
		return (token instanceof CsrfToken csrf) ? HtmlUtils.htmlEscape(csrf.getToken()) : "";
	}

}
