package de.lotse.directory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import de.lotse.runtime.LotseProfiles;
import de.lotse.support.TestIntakes;
import de.lotse.support.WebappLogin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lotse in the {@code ldap} profile against a real LDAP server that the test starts
 * (UnboundID's in-memory directory server over TCP, filled from {@code ldap/stadt.ldif}):
 * the directory's people log in with the directory's passwords over HTTP, their directory
 * groups are their departments and roles, and the engine's authorizations (stored in the
 * engine's database) decide what they see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LOTSE_LDAP_MANAGER_DN=" + LdapDirectoryTests.MANAGER_DN,
				"LOTSE_LDAP_MANAGER_PASSWORD=" + LdapDirectoryTests.MANAGER_PASSWORD,
				"LOTSE_LDAP_BASE_DN=" + LdapDirectoryTests.BASE_DN, "LOTSE_LDAP_USER_SEARCH_BASE=ou=people",
				"LOTSE_LDAP_GROUP_SEARCH_BASE=ou=groups", "LOTSE_LDAP_ADMIN_GROUP=it-lotse-admins" })
@ActiveProfiles(LotseProfiles.LDAP)
@Import(LdapDirectoryTests.StadtDirectory.class)
@DirtiesContext
class LdapDirectoryTests {

	static final String BASE_DN = "dc=stadt,dc=example";

	static final String MANAGER_DN = "cn=lotse-service,dc=stadt,dc=example";

	static final String MANAGER_PASSWORD = "Dienstkonto-Lotse-2026";

	private static final String CLERK = "sschulte";

	private static final String CLERK_PASSWORD = "Sozialamt-Zimmer-214";

	private static final String TEAM_LEAD = "hlehmann";

	private static final String TEAM_LEAD_PASSWORD = "Teamleitung-Zimmer-210";

	private static final String INTEGRATION_MANAGER = "milgner";

	private static final String INTEGRATION_MANAGER_PASSWORD = "Integration-Zimmer-105";

	private static final String STEERING = "rlenz";

	private static final String STEERING_PASSWORD = "Lenkung-Sitzungssaal-1";

	private static final String ADMIN = "aadmin";

	private static final String ADMIN_PASSWORD = "IT-Betrieb-Keller-007";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	private Task sozialamtTask;

	private Task jobcenterTask;

	@BeforeEach
	void offerOneTaskToTheSozialamtAndOneToTheJobcenter() {
		this.sozialamtTask = offeredTask("Leistungsantrag prüfen", Departments.SOZIALAMT);
		this.jobcenterTask = offeredTask("Kooperationsplan abstimmen", Departments.JOBCENTER);
	}

	@AfterEach
	void deleteTasks() {
		this.engine.getTaskService().deleteTasks(List.of(this.sozialamtTask.getId(), this.jobcenterTask.getId()), true);
	}

	@Test
	void usersAndGroupsComeFromTheDirectoryReadOnly() {
		assertThat(this.engine.getIdentityService().isReadOnly()).isTrue();
		assertThat(this.engine.getIdentityService().createUserQuery().userId(CLERK).singleResult().getLastName())
			.isEqualTo("Schulte");
		assertThat(groupsOf(CLERK)).containsExactly(Departments.SOZIALAMT);
		assertThat(groupsOf(TEAM_LEAD)).containsExactlyInAnyOrder(Departments.SOZIALAMT,
				Roles.teamLead(Departments.SOZIALAMT));
		assertThat(groupsOf(STEERING)).containsExactly(Roles.LENKUNGSGRUPPE);
		assertThat(groupsOf(ADMIN)).containsExactly("it-lotse-admins");
		// nothing of the directory is copied into the engine's database
		assertThat(count("act_id_user")).isZero();
		assertThat(count("act_id_group")).isZero();
		assertThat(count("act_id_membership")).isZero();
	}

	@Test
	void departmentAuthorizationsAreStoredInTheEngineDatabase() {
		assertThat(this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(Departments.SOZIALAMT)
			.resourceType(Resources.APPLICATION)
			.resourceId("tasklist")
			.hasPermission(Permissions.ACCESS)
			.count()).isOne();
		assertThat(this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(Departments.INTEGRATIONSMANAGEMENT)
			.resourceType(Resources.PROCESS_DEFINITION)
			.hasPermission(Permissions.CREATE_INSTANCE)
			.count()).isOne();
	}

	@Test
	void clerkLogsInToTheRestApiWithTheDirectoryPassword() {
		ResponseEntity<String> engines = this.rest.withBasicAuth(CLERK, CLERK_PASSWORD)
			.getForEntity("/engine-rest/engine", String.class);
		assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(engines.getBody()).contains("\"default\"");
	}

	@Test
	void wrongPasswordAndUnknownUserAreRefused() {
		ResponseEntity<String> wrong = this.rest.withBasicAuth(CLERK, "Sozialamt-Zimmer-215")
			.getForEntity("/engine-rest/task", String.class);
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(wrong.getBody()).contains("Anmeldung fehlgeschlagen").doesNotContain("Leistungsantrag");

		ResponseEntity<String> unknown = this.rest.withBasicAuth("niemand", CLERK_PASSWORD)
			.getForEntity("/engine-rest/task", String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(unknown.getBody()).isEqualTo(wrong.getBody());

		ResponseEntity<String> empty = this.rest.withBasicAuth(CLERK, "")
			.getForEntity("/engine-rest/task", String.class);
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		long cases = count("case_file");
		ResponseEntity<String> intake = this.rest.withBasicAuth(INTEGRATION_MANAGER, CLERK_PASSWORD)
			.postForEntity("/api/cases", json(TestIntakes.recognisedRefugee()), String.class);
		assertThat(intake.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(count("case_file")).isEqualTo(cases);
	}

	@Test
	void clerkSeesTheTasksOfTheirDepartmentOnly() {
		assertThat(taskNames(CLERK, CLERK_PASSWORD)).containsExactly(this.sozialamtTask.getName());
		assertThat(taskNames(TEAM_LEAD, TEAM_LEAD_PASSWORD)).containsExactly(this.sozialamtTask.getName());
		assertThat(taskNames(STEERING, STEERING_PASSWORD)).isEmpty();

		// the engine looks a task up among those the user may read: another department's
		// is not found
		ResponseEntity<String> foreignTask = this.rest.withBasicAuth(CLERK, CLERK_PASSWORD)
			.getForEntity("/engine-rest/task/{id}", String.class, this.jobcenterTask.getId());
		assertThat(foreignTask.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void clerkClaimsATaskOfTheirDepartmentButCannotReassignIt() {
		ResponseEntity<String> claim = this.rest.withBasicAuth(CLERK, CLERK_PASSWORD)
			.postForEntity("/engine-rest/task/{id}/claim", json(Map.of("userId", CLERK)), String.class,
					this.sozialamtTask.getId());
		assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(task(this.sozialamtTask).getAssignee()).isEqualTo(CLERK);

		ResponseEntity<String> reassign = this.rest.withBasicAuth(CLERK, CLERK_PASSWORD)
			.postForEntity("/engine-rest/task/{id}/assignee", json(Map.of("userId", TEAM_LEAD)), String.class,
					this.sozialamtTask.getId());
		assertThat(reassign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<String> byTeamLead = this.rest.withBasicAuth(TEAM_LEAD, TEAM_LEAD_PASSWORD)
			.postForEntity("/engine-rest/task/{id}/assignee", json(Map.of("userId", TEAM_LEAD)), String.class,
					this.sozialamtTask.getId());
		assertThat(byTeamLead.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(task(this.sozialamtTask).getAssignee()).isEqualTo(TEAM_LEAD);
	}

	@Test
	void integrationManagerFromTheDirectoryOpensACaseOverLotsesApi() {
		ResponseEntity<Map<String, String>> opened = this.rest
			.withBasicAuth(INTEGRATION_MANAGER, INTEGRATION_MANAGER_PASSWORD)
			.exchange("/api/cases", HttpMethod.POST, json(TestIntakes.recognisedRefugee()),
					new ParameterizedTypeReference<>() {
					});
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(opened.getBody().get("caseReference"))
			.count()).isPositive();

		ResponseEntity<String> byClerk = this.rest.withBasicAuth(CLERK, CLERK_PASSWORD)
			.postForEntity("/api/cases", json(TestIntakes.recognisedRefugee()), String.class);
		assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void administratorsGroupOfTheDirectoryHasEveryPermission() {
		assertThat(((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getAdminGroups())
			.contains("it-lotse-admins");
		assertThat(this.engine.getAuthorizationService()
			.isUserAuthorized(ADMIN, List.of("it-lotse-admins"), Permissions.ALL, Resources.AUTHORIZATION)).isTrue();
		assertThat(taskNames(ADMIN, ADMIN_PASSWORD)).containsExactlyInAnyOrder(this.sozialamtTask.getName(),
				this.jobcenterTask.getName());

		ResponseEntity<String> users = this.rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
			.getForEntity("/engine-rest/user?memberOfGroup={group}", String.class, Departments.SOZIALAMT);
		assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(users.getBody()).contains("\"" + CLERK + "\"", "\"" + TEAM_LEAD + "\"").doesNotContain(STEERING);

		assertThat(WebappLogin.authorizedApps(WebappLogin.login(this.rest, "admin", ADMIN, ADMIN_PASSWORD)))
			.contains("admin", "cockpit", "tasklist");
		assertThat(WebappLogin.login(this.rest, "admin", CLERK, CLERK_PASSWORD).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void tasklistLoginAcceptsTheDirectoryPasswordOnly() {
		ResponseEntity<String> login = WebappLogin.login(this.rest, "tasklist", CLERK, CLERK_PASSWORD);
		assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(WebappLogin.authorizedApps(login)).contains("tasklist").doesNotContain("admin", "cockpit");

		assertThat(WebappLogin.login(this.rest, "tasklist", CLERK, "falsch").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(WebappLogin.login(this.rest, "tasklist", "niemand", CLERK_PASSWORD).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private List<String> groupsOf(String userId) {
		return this.engine.getIdentityService()
			.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
	}

	private List<String> taskNames(String user, String password) {
		ResponseEntity<List<Map<String, Object>>> tasks = this.rest.withBasicAuth(user, password)
			.exchange("/engine-rest/task", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});
		assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
		return tasks.getBody().stream().map((task) -> (String) task.get("name")).toList();
	}

	private Task offeredTask(String name, String department) {
		TaskService tasks = this.engine.getTaskService();
		Task task = tasks.newTask();
		task.setName(name + " (" + department + ")");
		tasks.saveTask(task);
		tasks.addCandidateGroup(task.getId(), department);
		return task;
	}

	private Task task(Task task) {
		return this.engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/**
	 * The municipality's directory: a real LDAP server on a free port of the loopback
	 * interface, for as long as the application context lives. Lotse finds it through
	 * {@code LOTSE_LDAP_URL}, as in production.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StadtDirectory {

		@Bean(destroyMethod = "close")
		RunningDirectory stadtDirectory() throws LDAPException, IOException {
			InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
			config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
			config.setListenerConfigs(
					InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
			InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
			try (InputStream ldif = new ClassPathResource("ldap/stadt.ldif").getInputStream()) {
				server.importFromLDIF(true, new LDIFReader(ldif));
			}
			server.startListening();
			return new RunningDirectory(server);
		}

		@Bean
		DynamicPropertyRegistrar stadtDirectoryAddress(RunningDirectory directory) {
			return (registry) -> registry.add("LOTSE_LDAP_URL", directory::url);
		}

	}

	/** The directory server and its address. */
	record RunningDirectory(InMemoryDirectoryServer server) implements AutoCloseable {

		String url() {
			return "ldap://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + this.server.getListenPort();
		}

		@Override
		public void close() {
			this.server.shutDown(true);
		}

	}

}
