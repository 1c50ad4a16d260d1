package de.lotse.worklist.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.chain.ArrivalProcess;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.directory.Departments;
import de.lotse.directory.Teams;
import de.lotse.support.LotseTest;
import de.lotse.support.TestIntakes;
import de.lotse.support.WebappSession;
import de.lotse.worklist.WorklistDecisions;
import de.lotse.worklist.WorklistVariables;
import de.lotse.support.OpenTasks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerks' work lists in a running Lotse, through the REST API and Tasklist's own API:
 * tasks land at the department or team the routing table names, carry the columns of the
 * work list (but keep the person's name out of the history), each department reads its
 * own four filters, and a clerk sets the Wiedervorlage of a task but nothing else.
 */
@LotseTest
class WorklistTests {

	private static final String PASSWORD = "demo";

	/** A clerk of the Sozialamt in Team Nord only. */
	private static final String NORD = "sb-nord";

	/** A clerk of the Sozialamt in Team Süd only. */
	private static final String SUED = "sb-sued";

	/** A clerk who works for the Sozialamt and the Jobcenter. */
	private static final String BOTH = "sb-sozialamt-jobcenter";

	private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Berlin");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void staff() {
		clerk(NORD, Departments.SOZIALAMT, Teams.SOZIALAMT_NORD);
		clerk(SUED, Departments.SOZIALAMT, Teams.SOZIALAMT_SUED);
		clerk(BOTH, Departments.SOZIALAMT, Departments.JOBCENTER);
	}

	// routing

	@Test
	void aSozialamtTaskOfAPersonInStyrumLandsAtTeamNordAndItsTeamLead() {
		String reference = allocatedCase(TestIntakes.recognisedRefugee());
		Task admit = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);

		assertThat(candidateGroups(admit)).containsExactly(Teams.SOZIALAMT_NORD);
		assertThat(listed(NORD, reference)).containsExactly(admit.getId());
		assertThat(listed(SUED, reference)).as("another team of the department").isEmpty();
		assertThat(listed("meldebehoerde", reference)).isEmpty();
		assertThat(listed("teamleitung-sozialamt", reference)).containsExactly(admit.getId());
		assertThat(post(SUED, "/engine-rest/task/{id}/claim", Map.of("userId", SUED), admit.getId()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				post("teamleitung-sozialamt", "/engine-rest/task/{id}/assignee", Map.of("userId", SUED), admit.getId())
					.getStatusCode())
			.as("the team lead hands it to Team Süd")
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION).getAssignee()).isEqualTo(SUED);
		assertThat(this.engine.getHistoryService()
			.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(WorklistDecisions.TASK_ROUTING)
			.activityIdIn(ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION)
			.processInstanceId(admit.getProcessInstanceId())
			.count()).as("the routing decision is in the case's history").isOne();
	}

	@Test
	void aTaskOfADistrictNoTeamCoversStaysWithTheWholeDepartment() {
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("district", "Altstadt I");
		String reference = allocatedCase(intake);
		Task admit = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);

		assertThat(candidateGroups(admit)).containsExactly(Departments.SOZIALAMT);
		assertThat(listed(NORD, reference)).containsExactly(admit.getId());
		assertThat(listed(SUED, reference)).containsExactly(admit.getId());
	}

	@Test
	void arabicLanguageNeedsSendTheIntakeAppointmentToTheArabicTeamWithAServiceLevelDueDate() {
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("interpreterLanguage", "ar");
		String reference = allocatedCase(intake);
		admit(reference);

		Task appointment = task(reference, IntegrationChainProcess.TASK_INTAKE_APPOINTMENT);
		assertThat(candidateGroups(appointment)).containsExactly(Teams.INTEGRATIONSMANAGEMENT_ARABISCH);
		LocalDate today = LocalDate.now(MUNICIPALITY);
		assertThat(appointment.getDueDate()).as("service level: within a week")
			.isEqualTo(Date.from(today.plusDays(7).atStartOfDay(MUNICIPALITY).toInstant()));
		assertThat(listed("integrationsmanagement", reference)).containsExactly(appointment.getId());
		assertThat(listed("integrationsmanagement-vertretung", reference)).as("not in the Arabic team").isEmpty();
	}

	@Test
	void aProcessDesignersChangeOfTheTableRoutesTheNextTaskAndAnUnknownTeamFallsBackToTheDepartment()
			throws IOException {
		String original = new ClassPathResource("processes/task-routing.dmn")
			.getContentAsString(StandardCharsets.UTF_8);
		try {
			deployRoutingTable(original.replace("\"sozialamt-nord\"", "\"sozialamt-sued\""));
			String swapped = allocatedCase(TestIntakes.recognisedRefugee());
			assertThat(candidateGroups(task(swapped, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION)))
				.containsExactly(Teams.SOZIALAMT_SUED);

			deployRoutingTable(original.replace("\"sozialamt-nord\"", "\"sozialamt-west\""));
			String unknownTeam = allocatedCase(TestIntakes.recognisedRefugee());
			assertThat(candidateGroups(task(unknownTeam, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION)))
				.as("a team the directory does not know")
				.containsExactly(Departments.SOZIALAMT);
		}
		finally {
			deployRoutingTable(original);
		}
		String restored = allocatedCase(TestIntakes.recognisedRefugee());
		assertThat(candidateGroups(task(restored, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION)))
			.containsExactly(Teams.SOZIALAMT_NORD);
	}

	// columns

	@Test
	void tasklistShowsTheSozialamtClerkCaseReferenceNameAndStage() throws IOException {
		String reference = allocatedCase(TestIntakes.recognisedRefugee());
		Task admit = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		WebappSession tasklist = WebappSession.tasklist(this.rest, NORD, PASSWORD);
		String filterId = filterId(tasklist, "Meine Abteilung");

		// the request Tasklist sends for a filter's list
		ResponseEntity<String> list = tasklist.exchange(HttpMethod.POST,
				"/filter/{id}/list?firstResult=0&maxResults=15",
				"{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
						+ "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}",
				MediaType.parseMediaType("application/hal+json"), filterId);

		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode task = null;
		for (JsonNode candidate : JSON.readTree(list.getBody()).path("_embedded").path("task")) {
			if (candidate.path("id").asText().equals(admit.getId())) {
				task = candidate;
			}
		}
		assertThat(task).as("the task in %s", list.getBody()).isNotNull();
		Map<String, String> columns = new java.util.HashMap<>();
		task.path("_embedded")
			.path("variable")
			.forEach((variable) -> columns.put(variable.path("name").asText(), variable.path("value").asText()));
		assertThat(columns).containsEntry(WorklistVariables.CASE_REFERENCE, reference)
			.containsEntry(WorklistVariables.PERSON_NAME, "Haddad, Amal")
			.containsEntry(WorklistVariables.STAGE, "Ankunft");
	}

	@Test
	void theNameLeavesTheEngineWithTheTaskAndNeverEntersTheHistory() {
		Map<String, Object> intake = TestIntakes.recognisedRefugee();
		intake.put("givenName", "Rania");
		intake.put("familyName", "Khalil");
		String reference = allocatedCase(intake);
		Task admit = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		assertThat(this.engine.getTaskService().getVariableLocal(admit.getId(), WorklistVariables.PERSON_NAME))
			.isEqualTo("Khalil, Rania");
		assertThat(count("select count(*) from ACT_RU_VARIABLE where TEXT_ = 'Khalil, Rania'")).isOne();
		assertThat(this.engine.getRuntimeService().getVariables(admit.getProcessInstanceId()).values())
			.as("no name in the process")
			.doesNotContain("Khalil, Rania");

		admit(reference);

		assertThat(this.jdbc.sql("select count(*) from ACT_RU_VARIABLE where TASK_ID_ = :task")
			.param("task", admit.getId())
			.query(Long.class)
			.single()).as("the task's columns are deleted with it").isZero();
		assertThat(count("select count(*) from ACT_HI_VARINST where TEXT_ = 'Khalil, Rania'")).isZero();
		assertThat(count("select count(*) from ACT_HI_DETAIL where TEXT_ = 'Khalil, Rania'")).isZero();
		assertThat(count("select count(*) from ACT_HI_VARINST where NAME_ = 'personName'")).isZero();
		assertThat(count("select count(*) from ACT_HI_VARINST where NAME_ = 'stage'")).isZero();
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(admit.getProcessInstanceId())
			.variableName("accommodationName")
			.count()).as("other variables keep their history").isOne();
	}

	// filters

	@Test
	void aSozialamtClerkSeesExactlyTheSozialamtsFourFiltersWithTheirColumns() throws IOException {
		JsonNode filters = filters("sozialamt");
		assertThat(filters).extracting((filter) -> filter.path("name").asText())
			.containsExactly("Meine Aufgaben", "Meine Abteilung", "Überfällig", "Wiedervorlage heute");
		for (JsonNode filter : filters) {
			assertThat(filter.path("properties").path("description").asText()).startsWith("Sozialamt: ");
			assertThat(filter.path("properties").path("variables"))
				.extracting((column) -> column.path("label").asText())
				.containsExactly("Aktenzeichen", "Name", "Phase");
		}
		assertThat(filters("meldebehoerde"))
			.extracting((filter) -> filter.path("properties").path("description").asText())
			.allMatch((description) -> description.startsWith("Meldebehörde: "))
			.hasSize(4);
		assertThat(filters("lenkungsgruppe")).isEmpty();
		assertThat(filters("admin")).hasSize(4 * Departments.ids().size());
	}

	@Test
	void aClerkOfTwoDepartmentsSeesBothSetsTellingThemApartByDescription() throws IOException {
		JsonNode filters = filters(BOTH);
		assertThat(filters).hasSize(8);
		assertThat(filters).extracting((filter) -> filter.path("properties").path("description").asText())
			.filteredOn((description) -> description.startsWith("Sozialamt: "))
			.hasSize(4);
		assertThat(filters).extracting((filter) -> filter.path("properties").path("description").asText())
			.filteredOn((description) -> description.startsWith("Jobcenter: "))
			.hasSize(4);
		assertThat(filters).extracting((filter) -> filter.path("properties").path("color").asText())
			.containsOnly("#d62728", "#9467bd");
	}

	@Test
	void creatingTheFiltersAgainChangesNothingAndRepairsWhatWasChanged() {
		int filters = 4 * Departments.ids().size();
		assertThat(lotseFilters()).hasSize(filters);
		long authorizations = this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.resourceType(Resources.FILTER)
			.count();

		assertThat(DepartmentFilters.ensure(this.engine)).as("a restart with nothing changed").isZero();
		assertThat(DepartmentFilters.ensure(this.engine)).isZero();

		Filter renamed = lotseFilters().get(0);
		this.engine.getFilterService().saveFilter(renamed.setName("Umbenannt"));
		Filter deleted = lotseFilters().get(1);
		this.engine.getFilterService().deleteFilter(deleted.getId());
		Filter copy = this.engine.getFilterService()
			.newTaskFilter(lotseFilters().get(2).getName())
			.setQuery(lotseFilters().get(2).getQuery())
			.setProperties(lotseFilters().get(2).getProperties());
		this.engine.getFilterService().saveFilter(copy);

		assertThat(DepartmentFilters.ensure(this.engine)).isEqualTo(3);

		assertThat(lotseFilters()).hasSize(filters);
		assertThat(this.engine.getFilterService().getFilter(renamed.getId()).getName()).isEqualTo("Meine Aufgaben");
		assertThat(this.engine.getFilterService().getFilter(copy.getId())).isNull();
		assertThat(
				this.engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER).count())
			.isEqualTo(authorizations);
		assertThat(DepartmentFilters.ensure(this.engine)).isZero();
	}

	@Test
	void overdueAndFollowUpFiltersTakeCalendarDaysInTheMunicipality() throws IOException {
		String reference = allocatedCase(TestIntakes.recognisedRefugee());
		Task admit = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		LocalDate today = LocalDate.now(MUNICIPALITY);

		setDates(admit, today, null);
		assertThat(inFilter(NORD, "Überfällig", admit)).as("due today is not overdue").isFalse();
		setDates(admit, today.minusDays(1), null);
		assertThat(inFilter(NORD, "Überfällig", admit)).as("due yesterday").isTrue();

		assertThat(inFilter(NORD, "Wiedervorlage heute", admit)).isFalse();
		setDates(admit, null, today.plusDays(1));
		assertThat(inFilter(NORD, "Wiedervorlage heute", admit)).as("follow-up tomorrow").isFalse();
		setDates(admit, null, today);
		assertThat(inFilter(NORD, "Wiedervorlage heute", admit)).isTrue();
		setDates(admit, null, today.minusDays(3));
		assertThat(inFilter(NORD, "Wiedervorlage heute", admit)).as("an earlier one not dealt with").isTrue();

		assertThat(inFilter(NORD, "Meine Aufgaben", admit)).isFalse();
		this.engine.getTaskService().setAssignee(admit.getId(), NORD);
		assertThat(inFilter(NORD, "Meine Aufgaben", admit)).isTrue();
		assertThat(inFilter(NORD, "Meine Abteilung", admit)).as("assigned tasks stay in the department's list")
			.isTrue();
	}

	// follow-up date

	@Test
	void aClerkSetsTheFollowUpDateOfTheirTaskButNothingElse() throws IOException {
		String reference = allocatedCase(TestIntakes.recognisedRefugee());
		Task admit = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		String followUp = "2026-12-01T08:00:00.000+0100";

		ResponseEntity<String> followedUp = updateTask(NORD, admit.getId(), Map.of("followUp", followUp));
		assertThat(followedUp.getStatusCode()).as(followedUp.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION).getFollowUpDate())
			.isEqualTo(Date.from(java.time.OffsetDateTime.parse("2026-12-01T08:00:00+01:00").toInstant()));

		for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of("due", followUp),
				Map.of("assignee", SUED), Map.of("priority", 80), Map.of("name", "Anders"),
				Map.of("followUp", "2026-12-02T08:00:00.000+0100", "due", followUp))) {
			assertThat(updateTask(NORD, admit.getId(), change).getStatusCode()).as("%s", change)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		Task unchanged = task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION);
		assertThat(unchanged.getDueDate()).isNull();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(unchanged.getName()).isEqualTo(admit.getName());
		assertThat(updateTask(SUED, admit.getId(), Map.of("followUp", followUp)).getStatusCode())
			.as("not offered to Team Süd")
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

		// Tasklist's Wiedervorlage field: PUT of the whole task through the webapps' API
		WebappSession tasklist = WebappSession.tasklist(this.rest, NORD, PASSWORD);
		com.fasterxml.jackson.databind.node.ObjectNode dto = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
			.readTree(tasklist.get("/task/{id}", MediaType.parseMediaType("application/hal+json"), admit.getId())
				.getBody());
		assertThat(dto.has("camundaFormRef")).as("Tasklist sends the form reference back").isTrue();
		dto.remove(List.of("_embedded", "_links"));
		dto.put("followUp", "2026-12-03T08:00:00.000+0100");
		ResponseEntity<String> saved = tasklist.exchange(HttpMethod.PUT, "/task/{id}", dto.toString(),
				MediaType.APPLICATION_JSON, admit.getId());
		assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION).getFollowUpDate())
			.isEqualTo(Date.from(java.time.OffsetDateTime.parse("2026-12-03T08:00:00+01:00").toInstant()));
	}

	// helpers

	private void clerk(String userId, String... groups) {
		IdentityService identity = this.engine.getIdentityService();
		if (identity.createUserQuery().userId(userId).count() == 0) {
			User user = identity.newUser(userId);
			user.setPassword(PASSWORD);
			identity.saveUser(user);
			for (String group : groups) {
				identity.createMembership(userId, group);
			}
		}
	}

	private String allocatedCase(Map<String, Object> intake) {
		ResponseEntity<Map> opened = this.rest.withBasicAuth("admin", PASSWORD)
			.postForEntity("/api/cases", json(intake), Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) opened.getBody().get("caseReference");
		this.engine.getRuntimeService()
			.createMessageCorrelation(ArrivalProcess.MESSAGE_ZUWEISUNG_RECEIVED)
			.processInstanceBusinessKey(reference)
			.correlate();
		return reference;
	}

	private void admit(String reference) {
		this.engine.getTaskService()
			.complete(task(reference, ArrivalProcess.TASK_ADMIT_TO_ACCOMMODATION).getId(),
					Map.of(ArrivalProcess.ACCOMMODATION_ARRIVAL_DATE, new Date(), ArrivalProcess.ACCOMMODATION_NAME,
							"Übergangswohnheim Styrum"));
	}

	private Task task(String reference, String taskDefinitionKey) {
		return OpenTasks.of(this.engine, reference, taskDefinitionKey);
	}

	private List<String> candidateGroups(Task task) {
		return OpenTasks.candidateGroups(this.engine, task.getId());
	}

	/** The ids of the case's tasks the user finds through the REST API. */
	private List<String> listed(String user, String reference) {
		ResponseEntity<String> response = this.rest.withBasicAuth(user, PASSWORD)
			.getForEntity("/engine-rest/task?processInstanceBusinessKey={key}", String.class, reference);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> ids = new ArrayList<>();
		try {
			JSON.readTree(response.getBody()).forEach((task) -> ids.add(task.path("id").asText()));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return ids;
	}

	private ResponseEntity<String> post(String user, String path, Object body, Object... variables) {
		return this.rest.withBasicAuth(user, PASSWORD).postForEntity(path, json(body), String.class, variables);
	}

	/** Tasklist's way of changing a task: read it, change fields, put all of it back. */
	private ResponseEntity<String> updateTask(String user, String taskId, Map<String, Object> changes)
			throws IOException {
		TestRestTemplate clerk = this.rest.withBasicAuth(user, PASSWORD);
		ResponseEntity<String> read = clerk.getForEntity("/engine-rest/task/{id}", String.class, taskId);
		if (!read.getStatusCode().is2xxSuccessful()) {
			return read;
		}
		com.fasterxml.jackson.databind.node.ObjectNode dto = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
			.readTree(read.getBody());
		changes.forEach((field, value) -> dto.set(field, JSON.valueToTree(value)));
		return clerk.exchange("/engine-rest/task/{id}", HttpMethod.PUT, json(dto.toString()), String.class, taskId);
	}

	private JsonNode filters(String user) throws IOException {
		ResponseEntity<String> response = this.rest.withBasicAuth(user, PASSWORD)
			.getForEntity("/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<JsonNode> sorted = new ArrayList<>();
		JSON.readTree(response.getBody()).forEach(sorted::add);
		sorted.sort(java.util.Comparator.comparingInt((filter) -> filter.path("properties").path("priority").asInt()));
		return JSON.valueToTree(sorted);
	}

	private String filterId(WebappSession tasklist, String name) throws IOException {
		JsonNode filters = JSON
			.readTree(tasklist.get("/filter?resourceType=Task&itemCount=true", MediaType.APPLICATION_JSON).getBody());
		for (JsonNode filter : filters) {
			if (filter.path("name").asText().equals(name)) {
				return filter.path("id").asText();
			}
		}
		throw new AssertionError("No filter " + name + " in " + filters);
	}

	private boolean inFilter(String user, String name, Task task) throws IOException {
		String filterId = null;
		for (JsonNode filter : filters(user)) {
			if (filter.path("name").asText().equals(name)) {
				filterId = filter.path("id").asText();
			}
		}
		assertThat(filterId).as("filter %s of %s", name, user).isNotNull();
		ResponseEntity<String> list = this.rest.withBasicAuth(user, PASSWORD)
			.getForEntity("/engine-rest/filter/{id}/list", String.class, filterId);
		assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
		for (JsonNode listed : JSON.readTree(list.getBody())) {
			if (listed.path("id").asText().equals(task.getId())) {
				return true;
			}
		}
		return false;
	}

	private void setDates(Task task, LocalDate due, LocalDate followUp) {
		Task current = this.engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
		current.setDueDate((due != null) ? Date.from(due.atStartOfDay(MUNICIPALITY).toInstant()) : null);
		current.setFollowUpDate(
				(followUp != null) ? Date.from(followUp.atStartOfDay(MUNICIPALITY).plusHours(9).toInstant()) : null);
		this.engine.getTaskService().saveTask(current);
	}

	private List<Filter> lotseFilters() {
		return this.engine.getFilterService()
			.createTaskFilterQuery()
			.orderByFilterId()
			.asc()
			.list()
			.stream()
			.filter((filter) -> filter.getProperties() != null
					&& filter.getProperties().containsKey(DepartmentFilters.KEY_PROPERTY))
			.toList();
	}

	private void deployRoutingTable(String content) {
		this.engine.getRepositoryService()
			.createDeployment()
			.name("routing-test")
			.addString("processes/task-routing.dmn", content)
			.deploy();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static <T> HttpEntity<T> json(T body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
