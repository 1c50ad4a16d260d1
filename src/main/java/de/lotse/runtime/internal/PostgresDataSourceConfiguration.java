package de.lotse.runtime.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.lotse.runtime.LotseProfiles;
import de.lotse.runtime.StartupRefusedException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The PostgreSQL connection of the {@code postgres} profile, taken from the environment
 * variables {@code LOTSE_DB_URL}, {@code LOTSE_DB_USER} and {@code LOTSE_DB_PASSWORD}.
 * Pool settings still come from {@code spring.datasource.hikari.*}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Profile(LotseProfiles.POSTGRES)
@ConditionalOnMissingBean(DataSource.class)
class PostgresDataSourceConfiguration {

	static final String URL = "LOTSE_DB_URL";

	static final String USER = "LOTSE_DB_USER";

	static final String PASSWORD = "LOTSE_DB_PASSWORD";

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(Environment environment) {
		String url = required(environment, URL);
		String user = required(environment, USER);
		String password = required(environment, PASSWORD);
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new StartupRefusedException(
					URL + " is not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:5432/database).",
					"Set " + URL + " to the JDBC URL of the Lotse database.");
		}
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(user);
		dataSource.setPassword(password);
		dataSource.setPoolName("lotse-postgres");
		return dataSource;
	}

	private static String required(Environment environment, String variable) {
		String value = environment.getProperty(variable);
		if (!StringUtils.hasText(value)) {
			throw new StartupRefusedException("Environment variable " + variable
					+ " is not set; the 'postgres' profile needs " + String.join(", ", URL, USER, PASSWORD) + ".",
					"Set " + variable + " and start again.");
		}
		return value;
	}

}
