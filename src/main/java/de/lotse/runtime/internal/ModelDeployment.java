package de.lotse.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/} and the forms of {@code forms/} when the
 * engine starts. Resources are named by their path below the classpath root
 * ({@code processes/registration.bpmn}), the same on every machine and node, so that only
 * changed files become new versions; {@link ModelWatcher} deploys under the same names.
 * Replaces Camunda's automatic deployment, which names resources by absolute file path.
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

	/** The name of every deployment of Lotse's models. */
	static final String DEPLOYMENT_NAME = "lotse";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final List<String> folders;

	ModelDeployment(@Value("${lotse.models.classpath-folders:processes,forms}") List<String> folders) {
		this.folders = List.copyOf(folders);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		Map<String, Resource> models = models();
		if (models.isEmpty()) {
			log.warn("No models found below {} on the classpath", this.folders);
			return;
		}
		DeploymentBuilder builder = engine.getRepositoryService()
			.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("lotse-start")
			.enableDuplicateFiltering(true);
		ModelValidator validator = new ModelValidator(engine);
		try {
			for (Map.Entry<String, Resource> model : models.entrySet()) {
				byte[] content;
				try (InputStream in = model.getValue().getInputStream()) {
					content = in.readAllBytes();
				}
				validator.validate(model.getKey(), content);
				builder.addInputStream(model.getKey(), new java.io.ByteArrayInputStream(content));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the models: " + ex.getMessage(), ex);
		}
		builder.deploy();
		log.info("Deployed {} models and forms (unchanged ones are kept)", models.size());
	}

	/**
	 * Every model and form on the classpath, by resource name.
	 * @return the resources, sorted by name
	 */
	Map<String, Resource> models() {
		Map<String, Resource> models = new TreeMap<>();
		try {
			for (String folder : this.folders) {
				for (Resource root : this.resolver.getResources("classpath*:" + folder + "/")) {
					String rootUrl = root.getURL().toString();
					for (Resource resource : this.resolver.getResources(rootUrl + "**/*")) {
						String url = resource.getURL().toString();
						String name = folder + "/" + url.substring(rootUrl.length());
						if (resource.isReadable() && SUFFIXES.stream().anyMatch(name::endsWith)) {
							models.putIfAbsent(name, resource);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the models: " + ex.getMessage(), ex);
		}
		return models;
	}

}
