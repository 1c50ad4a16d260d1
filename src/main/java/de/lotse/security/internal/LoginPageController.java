package de.lotse.security.internal;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page of Lotse's own pages (case view, steering dashboard), in German.
 * Tasklist, Cockpit and Admin keep Camunda's login; a user logged in there is recognised
 * here too.
 */
@Controller
class LoginPageController {

	static final String LOGIN_PATH = "/anmelden";

	static final String LOGOUT_PATH = "/abmelden";

	@GetMapping(path = LOGIN_PATH, produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String loginPage(CsrfToken csrf, @RequestParam(name = "fehler", required = false) String failed,
			@RequestParam(name = "abgemeldet", required = false) String loggedOut) {
		String notice = "";
		if (failed != null) {
			notice = "<p class=\"notice error\" role=\"alert\">Benutzername oder Passwort ist falsch. "
					+ "Nach mehreren Fehlversuchen müssen Sie etwas warten, bevor Sie es erneut versuchen.</p>";
		}
		else if (loggedOut != null) {
			notice = "<p class=\"notice\" role=\"status\">Sie sind abgemeldet.</p>";
		}
		return """
				<!DOCTYPE html>
				<html lang="de">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Anmelden – Lotse</title>
				<style>
				body { font-family: system-ui, "Segoe UI", Arial, sans-serif; background: #f3f5f7; color: #1d2a36; margin: 0; }
				main { max-width: 24rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 6px;
				  box-shadow: 0 1px 4px rgba(0,0,0,.12); }
				h1 { font-size: 1.4rem; margin: 0 0 .25rem; } p.sub { margin: 0 0 1.5rem; color: #4a5a68; }
				label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
				input { width: 100%%; box-sizing: border-box; padding: .55rem; font-size: 1rem; border: 1px solid #8a99a6; border-radius: 4px; }
				button { margin-top: 1.5rem; width: 100%%; padding: .65rem; font-size: 1rem; background: #0b5c8e; color: #fff;
				  border: 0; border-radius: 4px; cursor: pointer; }
				button:focus, input:focus { outline: 3px solid #f2a900; outline-offset: 1px; }
				.notice { padding: .6rem .8rem; border-radius: 4px; background: #e8f1f8; }
				.notice.error { background: #fbe9e9; color: #8a1c1c; }
				</style>
				</head>
				<body>
				<main>
				<h1>Lotse</h1>
				<p class="sub">Anmeldung für Fallansicht und Steuerungs-Dashboard</p>
				%s
				<form method="post" action="%s">
				<label for="username">Benutzername</label>
				<input id="username" name="username" autocomplete="username" required autofocus>
				<label for="password">Passwort</label>
				<input id="password" name="password" type="password" autocomplete="current-password" required>
				<input type="hidden" name="%s" value="%s">
				<button type="submit">Anmelden</button>
				</form>
				</main>
				</body>
				</html>
				"""
			.formatted(notice, LOGIN_PATH, HtmlUtils.htmlEscape(csrf.getParameterName()),
					HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
