package de.lotse.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Agency users created the production way (an administrator creates user and group
 * {@code agency-<agency>} with a strong password), and their requests.
 */
class AgencyUsers {

	static final String PASSWORD = "Schnittstelle-2026-lang!";

	private final IdentityService identity;

	private final TestRestTemplate rest;

	private final List<String> created = new ArrayList<>();

	AgencyUsers(IdentityService identity, TestRestTemplate rest) {
		this.identity = identity;
		this.rest = rest;
	}

	AgencyUsers create(String... agencies) {
		for (String agency : agencies) {
			String id = "agency-" + agency;
			Group group = this.identity.newGroup(id);
			group.setName(agency);
			group.setType("SYSTEM");
			this.identity.saveGroup(group);
			User user = this.identity.newUser(id);
			user.setPassword(PASSWORD);
			this.identity.saveUser(user);
			this.identity.createMembership(id, id);
			this.created.add(id);
		}
		return this;
	}

	void deleteAll() {
		for (String id : this.created) {
			this.identity.deleteUser(id);
			this.identity.deleteGroup(id);
		}
		this.created.clear();
	}

	/** Post as the agency's own user. */
	ResponseEntity<Map> post(String asAgency, String path, Object body) {
		return this.rest.withBasicAuth("agency-" + asAgency, PASSWORD).postForEntity(path, json(body), Map.class);
	}

	static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> errors(ResponseEntity<Map> response) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		for (Map<String, String> error : (List<Map<String, String>>) response.getBody().get("errors")) {
			errors.put(error.get("field"), error.get("message"));
		}
		return errors;
	}

}
