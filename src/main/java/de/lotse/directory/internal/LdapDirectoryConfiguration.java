package de.lotse.directory.internal;

import de.lotse.runtime.LotseProfiles;
import de.lotse.runtime.StartupRefusedException;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The {@code ldap} profile: users, groups, memberships and passwords come from the
 * organisation's directory through Camunda's LDAP identity provider, read-only. The
 * authorizations stay in the engine's database and are created at every start as in any
 * other profile ({@link DirectoryPlugin}); a department is the directory group whose id
 * attribute (by default {@code cn}) equals the department's id, e.g. {@code sozialamt}.
 * <p>
 * Every setting of Camunda's plugin is bound from {@code lotse.ldap.*} with Camunda's
 * names ({@code server-url}, {@code user-search-filter}, ...);
 * {@code application-ldap.properties} maps them to {@code LOTSE_LDAP_*} environment
 * variables. Administrators are a directory group (and optionally one user) that
 * Camunda's {@link AdministratorAuthorizationPlugin} grants every permission, since a
 * read-only directory cannot take the {@code camunda.bpm.admin-user} Camunda would
 * create.
 */
@Configuration(proxyBeanMethods = false)
@Profile(LotseProfiles.LDAP)
class LdapDirectoryConfiguration {

	static final String PREFIX = "lotse.ldap";

	private static final Logger log = LoggerFactory.getLogger(LdapDirectoryConfiguration.class);

	@Bean
	LdapIdentityProviderPlugin ldapIdentityProviderPlugin(Environment environment) {
		LdapIdentityProviderPlugin plugin = new LdapIdentityProviderPlugin();
		Binder.get(environment).bind(PREFIX, Bindable.ofInstance(plugin));
		required(plugin.getServerUrl(), "LOTSE_LDAP_URL", "server-url");
		required(plugin.getManagerDn(), "LOTSE_LDAP_MANAGER_DN", "manager-dn");
		required(plugin.getManagerPassword(), "LOTSE_LDAP_MANAGER_PASSWORD", "manager-password");
		required(plugin.getBaseDn(), "LOTSE_LDAP_BASE_DN", "base-dn");
		if (!plugin.getServerUrl().startsWith("ldap://") && !plugin.getServerUrl().startsWith("ldaps://")) {
			throw new StartupRefusedException(
					"LOTSE_LDAP_URL is not an LDAP URL (expected ldaps://host:636 or ldap://host:389).",
					"Set LOTSE_LDAP_URL to the address of the directory server.");
		}
		if (plugin.isAcceptUntrustedCertificates()) {
			// Camunda's plugin would replace the JVM's default SSL context, which would
			// switch off certificate checks for every agency call too
			throw new StartupRefusedException(PREFIX
					+ ".accept-untrusted-certificates would switch off TLS certificate checks for the whole application.",
					"Import the directory server's CA certificate into the Java trust store instead.");
		}
		if (environment.containsProperty("camunda.bpm.admin-user.id")) {
			throw new StartupRefusedException(
					"camunda.bpm.admin-user cannot be created in the read-only LDAP directory (profile 'ldap').",
					"Remove CAMUNDA_BPM_ADMINUSER_* and name the administrators' directory group in LOTSE_LDAP_ADMIN_GROUP.");
		}
		if (plugin.getServerUrl().startsWith("ldap://")) {
			log.warn("LOTSE_LDAP_URL {} is not encrypted: user passwords are sent to the directory in clear text. "
					+ "Use ldaps:// outside a test setup.", plugin.getServerUrl());
		}
		log.info("Users and groups come from the LDAP directory {} (base {})", plugin.getServerUrl(),
				plugin.getBaseDn());
		return plugin;
	}

	@Bean
	AdministratorAuthorizationPlugin ldapAdministratorAuthorizationPlugin(Environment environment) {
		AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
		Binder.get(environment).bind(PREFIX, Bindable.ofInstance(plugin));
		if (!StringUtils.hasText(plugin.getAdministratorGroupName())
				&& !StringUtils.hasText(plugin.getAdministratorUserName())) {
			throw new StartupRefusedException("No administrator is named for the 'ldap' profile.",
					"Set LOTSE_LDAP_ADMIN_GROUP to the directory group of Lotse's administrators.");
		}
		return plugin;
	}

	private static void required(String value, String variable, String property) {
		if (!StringUtils.hasText(value)) {
			throw new StartupRefusedException(
					"Environment variable " + variable + " (" + PREFIX + "." + property
							+ ") is not set; the 'ldap' profile needs LOTSE_LDAP_URL, LOTSE_LDAP_MANAGER_DN, "
							+ "LOTSE_LDAP_MANAGER_PASSWORD and LOTSE_LDAP_BASE_DN.",
					"Set " + variable + " and start again.");
		}
	}

}
