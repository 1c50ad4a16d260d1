package de.lotse.steering.internal;

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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The steering dashboard at {@code /steering}: a page for the Lenkungsgruppe (and the
 * administrators) that draws the figures of {@code /api/steering/**} in the browser. The
 * page itself holds no figures. The security configuration already keeps everyone else
 * out; the page checks the same rule as the API ({@link SteeringAccess}) once more, so
 * that a looser URL rule never opens it, and refuses through Spring Security's German
 * refusal page. Its script and stylesheet are static resources under {@code /steering/},
 * the libraries WebJars under {@code /webjars/}.
 */
@Controller
class SteeringPageController {

	private static final Resource DASHBOARD = new ClassPathResource("steering/dashboard.html");

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final SteeringAccess access;

	SteeringPageController(SteeringAccess access) {
		this.access = access;
	}

	@GetMapping("/steering")
	ResponseEntity<Resource> dashboard(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| !this.access.mayRead(authentication.getName())) {
			throw new AccessDeniedException("The steering dashboard is for the Lenkungsgruppe only");
		}
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(DASHBOARD);
	}

	@GetMapping("/steering/")
	ResponseEntity<Void> withSlash() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, "/steering").build();
	}

}
