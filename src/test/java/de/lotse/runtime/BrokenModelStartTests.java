package de.lotse.runtime;

import de.lotse.LotseApplication;
import de.lotse.runtime.internal.ModelDeploymentFailureAnalyzerAccess;
import de.lotse.support.OwnJvm;
import org.camunda.bpm.engine.ParseException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A model the engine refuses stops the start, naming the file, the line and the reason.
 */
@OwnJvm
class BrokenModelStartTests {

	@Test
	void brokenDecisionTableStopsTheStartNamingFileAndReason() {
		Throwable thrown = start("invalid-dmn");
		String report = new ModelDeploymentFailureAnalyzerAccess().describe(thrown);
		assertThat(report).contains("invalid-dmn/broken-fee.dmn").contains("NOT_A_POLICY");
	}

	@Test
	void brokenFormStopsTheStartNamingFile() {
		Throwable thrown = start("invalid-form");
		String report = new ModelDeploymentFailureAnalyzerAccess().describe(thrown);
		assertThat(report).contains("invalid-form/broken-form.form");
	}

	private static Throwable start(String folder) {
		SpringApplication application = new SpringApplication(LotseApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return catchThrowable(() -> application
			.run("--lotse.models.classpath-folders=" + folder, "--camunda.bpm.job-execution.enabled=false")
			.close());
	}

	@Test
	void brokenModelStopsTheStartNamingFileAndReason() {
		SpringApplication application = new SpringApplication(LotseApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		Throwable thrown = catchThrowable(() -> application
			.run("--lotse.models.classpath-folders=invalid-models", "--camunda.bpm.job-execution.enabled=false")
			.close());
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof ParseException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("the engine's parse exception in %s", thrown).isInstanceOf(ParseException.class);
		FailureAnalysis analysis = new ModelDeploymentFailureAnalyzerAccess().analyze((ParseException) cause);
		assertThat(analysis.getDescription()).contains("invalid-models/broken-registration.bpmn")
			.contains("Invalid destination 'Task_DoesNotExist'");
		assertThat(analysis.getAction()).contains("processes/");
	}

}
