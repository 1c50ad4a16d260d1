package de.lotse.steering.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The steering dashboard at {@code /steering}: a page for the Lenkungsgruppe (and the
 * administrators) that draws the figures of {@code /api/steering/**} in the browser. The
 * page itself holds no figures. The security configuration already keeps everyone else
 * out; the page checks the same rule as the API ({@link SteeringAccess}) once more, so
 * that a looser URL rule never opens it, and refuses through Spring Security's German
 * refusal page. The page's logout form carries the session's CSRF token. Its script and
 * stylesheet are static resources under {@code /steering/}, the libraries WebJars under
 * {@code /webjars/}.
 */
@Controller
class SteeringPageController {

	/** Stand in the page for the CSRF parameter and token of its logout form. */
	private static final String CSRF_PARAMETER_PLACEHOLDER = "${csrfParameter}";

	private static final String CSRF_PLACEHOLDER = "${csrfToken}";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final SteeringAccess access;

	private final String dashboard;

	SteeringPageController(SteeringAccess access) {
		this.access = access;
		this.dashboard = read(new ClassPathResource("steering/dashboard.html"));
	}

	@GetMapping("/steering")
	ResponseEntity<String> dashboard(Authentication authentication, CsrfToken csrf) {
		if (authentication == null || !authentication.isAuthenticated()
				|| !this.access.mayRead(authentication.getName())) {
			throw new AccessDeniedException("The steering dashboard is for the Lenkungsgruppe only");
		}
		String page = this.dashboard.replace(CSRF_PARAMETER_PLACEHOLDER, HtmlUtils.htmlEscape(csrf.getParameterName()))
			.replace(CSRF_PLACEHOLDER, HtmlUtils.htmlEscape(csrf.getToken()));
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(page);
	}

	@GetMapping("/steering/")
	ResponseEntity<Void> withSlash() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, "/steering").build();
	}

	private static String read(Resource resource) {
		try {
			return StreamUtils.copyToString(resource.getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The steering dashboard page is missing from the classpath", ex);
		}
	}

}
