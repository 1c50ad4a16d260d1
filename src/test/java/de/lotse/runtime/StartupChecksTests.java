package de.lotse.runtime;

import de.lotse.LotseApplication;
import de.lotse.support.OwnJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Lotse stops at start, with one clear line and no stack trace, when its configuration is
 * wrong or unsafe.
 */
@OwnJvm
@ExtendWith(OutputCaptureExtension.class)
class StartupChecksTests {

	@Test
	void unknownProfileStopsTheStartNamingTheProfile(CapturedOutput output) {
		assertRefused("Unknown profile 'prodution'", "--spring.profiles.active=prodution");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Unknown profile 'prodution'. Known profiles: demo, ldap, postgres, simulator, worker.")
			.doesNotContain("\tat ");
	}

	@Test
	void postgresProfileWithoutDatabaseUrlNamesTheMissingVariable(CapturedOutput output) {
		assertRefused("Environment variable LOTSE_DB_URL is not set", "--spring.profiles.active=postgres",
				"--LOTSE_DB_URL=", "--LOTSE_DB_USER=lotse", "--LOTSE_DB_PASSWORD=geheim-und-lang");
		assertThat(output).contains("Environment variable LOTSE_DB_URL is not set").doesNotContain("\tat ");
	}

	@Test
	void postgresProfileWithoutDatabasePasswordNamesTheMissingVariable() {
		assertRefused("Environment variable LOTSE_DB_PASSWORD is not set", "--spring.profiles.active=postgres",
				"--LOTSE_DB_URL=jdbc:postgresql://localhost:1/lotse", "--LOTSE_DB_USER=lotse", "--LOTSE_DB_PASSWORD=");
	}

	@Test
	void postgresProfileRefusesAnUrlThatIsNotPostgres() {
		assertRefused("LOTSE_DB_URL is not a PostgreSQL JDBC URL", "--spring.profiles.active=postgres",
				"--LOTSE_DB_URL=jdbc:h2:mem:x", "--LOTSE_DB_USER=lotse", "--LOTSE_DB_PASSWORD=geheim-und-lang");
	}

	@Test
	void demoProfileIsRefusedOnPostgres() {
		assertRefused("must not run on the production database", "--spring.profiles.active=demo,postgres");
	}

	@Test
	void administratorWithDemoPasswordIsRefusedOutsideTheDemoProfile() {
		assertRefused("well-known default password", "--spring.profiles.active=postgres",
				"--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=demo");
	}

	@Test
	void administratorWithoutPasswordIsRefusedBecauseCamundaWouldUseTheUserId() {
		assertRefused("well-known default password", "--spring.profiles.active=postgres",
				"--camunda.bpm.admin-user.id=chef");
	}

	@Test
	void ldapProfileWithoutDirectoryUrlNamesTheMissingVariable(CapturedOutput output) {
		assertRefused("Environment variable LOTSE_LDAP_URL (lotse.ldap.server-url) is not set",
				"--spring.profiles.active=ldap", "--LOTSE_LDAP_MANAGER_DN=cn=lotse,dc=stadt,dc=example",
				"--LOTSE_LDAP_MANAGER_PASSWORD=geheim-und-lang", "--LOTSE_LDAP_BASE_DN=dc=stadt,dc=example");
		assertThat(output).contains("Environment variable LOTSE_LDAP_URL").doesNotContain("\tat ");
	}

	@Test
	void ldapProfileWithoutManagerPasswordNamesTheMissingVariable() {
		assertRefused("Environment variable LOTSE_LDAP_MANAGER_PASSWORD (lotse.ldap.manager-password) is not set",
				"--spring.profiles.active=ldap", "--LOTSE_LDAP_URL=ldaps://ldap.stadt.example:636",
				"--LOTSE_LDAP_MANAGER_DN=cn=lotse,dc=stadt,dc=example", "--LOTSE_LDAP_BASE_DN=dc=stadt,dc=example");
	}

	@Test
	void ldapProfileRefusesAnAdministratorItCannotCreate() {
		assertRefused("camunda.bpm.admin-user cannot be created in the read-only LDAP directory",
				"--spring.profiles.active=ldap", "--LOTSE_LDAP_URL=ldaps://ldap.stadt.example:636",
				"--LOTSE_LDAP_MANAGER_DN=cn=lotse,dc=stadt,dc=example", "--LOTSE_LDAP_MANAGER_PASSWORD=geheim-und-lang",
				"--LOTSE_LDAP_BASE_DN=dc=stadt,dc=example", "--camunda.bpm.admin-user.id=chef",
				"--camunda.bpm.admin-user.password=Sehr-lang-und-geheim-2026");
	}

	@Test
	void demoProfileIsRefusedWithLdap() {
		assertRefused("takes users from a read-only directory", "--spring.profiles.active=demo,ldap");
	}

	@Test
	void demoProfileStartsWithTheDemoAdministrator() {
		try (ConfigurableApplicationContext context = application().run()) {
			assertThat(LotseProfiles.effective(context.getEnvironment())).containsExactly(LotseProfiles.DEMO);
			assertThat(context.getEnvironment().getProperty("camunda.bpm.admin-user.id")).isEqualTo("admin");
		}
	}

	private static void assertRefused(String message, String... args) {
		Throwable thrown = catchThrowable(() -> application().run(args).close());
		assertThat(NestedExceptionUtils.getMostSpecificCause(thrown)).isInstanceOf(StartupRefusedException.class)
			.hasMessageContaining(message);
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(LotseApplication.class);
		application.setDefaultProperties(
				java.util.Map.of("server.port", "0", "camunda.bpm.generate-unique-process-engine-name", "true",
						"camunda.bpm.job-execution.enabled", "false"));
		return application;
	}

}
