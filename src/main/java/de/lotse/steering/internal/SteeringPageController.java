package de.lotse.steering.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import de.lotse.directory.Roles;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The steering dashboard at {@code /steering}: a page for the Lenkungsgruppe (and the
 * administrators) that draws the figures of {@code /api/steering/**} in the browser. The
 * page itself holds no figures; everyone else who is logged in gets a German refusal
 * instead of the page. Its script and stylesheet are static resources under
 * {@code /steering/}, the libraries WebJars under {@code /webjars/}.
 */
@Controller
class SteeringPageController {

	/**
	 * Spring Security authorities of Lotse's users are their Camunda groups with this
	 * prefix.
	 */
	private static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	private static final Set<String> ALLOWED_GROUPS = Set.of(Roles.LENKUNGSGRUPPE, Roles.ADMINISTRATION);

	private static final Resource DASHBOARD = new ClassPathResource("steering/dashboard.html");

	private static final Resource REFUSAL = new ClassPathResource("steering/refused.html");

	@GetMapping("/steering")
	ResponseEntity<Resource> dashboard(Authentication authentication) {
		if (!mayOpen(authentication)) {
			return page(HttpStatus.FORBIDDEN, REFUSAL);
		}
		return page(HttpStatus.OK, DASHBOARD);
	}

	@GetMapping("/steering/")
	ResponseEntity<Void> withSlash() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", "/steering").build();
	}

	private static boolean mayOpen(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch((authority) -> authority.startsWith(GROUP_AUTHORITY_PREFIX)
							&& ALLOWED_GROUPS.contains(authority.substring(GROUP_AUTHORITY_PREFIX.length())));
	}

	private static ResponseEntity<Resource> page(HttpStatus status, Resource page) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(page);
	}

}
