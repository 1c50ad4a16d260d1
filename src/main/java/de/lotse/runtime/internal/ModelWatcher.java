package de.lotse.runtime.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Redeploys a BPMN, DMN or form within seconds when a process designer saves it in
 * {@code processes/} or {@code forms/}, without a restart. Only the changed files are
 * deployed; a file the engine refuses is logged with its name and the engine's reason,
 * and the version deployed before keeps running. On in the demo profile (the default
 * run), where the working directory is the repository.
 */
@Component
@ConditionalOnProperty(name = "lotse.models.watch", havingValue = "true")
@EnableConfigurationProperties(ModelWatcher.Settings.class)
class ModelWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ModelWatcher.class);

	private static final Set<String> MODEL_SUFFIXES = Set.of(".bpmn", ".dmn", ".form");

	private final RepositoryService repository;

	private final Settings settings;

	private final ModelValidator validator;

	private volatile WatchService watchService;

	private volatile Thread thread;

	ModelWatcher(ProcessEngine engine, Settings settings) {
		this.repository = engine.getRepositoryService();
		this.settings = settings;
		this.validator = new ModelValidator(engine);
	}

	@Override
	public void start() {
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
			for (Path directory : this.settings.directories()) {
				if (Files.isDirectory(directory)) {
					directory.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_MODIFY);
					log.info("Watching {} for changed models", directory.toAbsolutePath());
				}
			}
		}
		catch (IOException ex) {
			log.warn("Cannot watch the model folders, changed models need a restart: {}", ex.getMessage());
			return;
		}
		this.thread = new Thread(this::watch, "lotse-model-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void watch() {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = this.watchService.take();
				Map<Path, Path> changed = new LinkedHashMap<>();
				collect(key, changed);
				// an editor saves in several steps: wait until the folder is quiet
				WatchKey more;
				while ((more = this.watchService.poll(this.settings.quietPeriodMillis(),
						TimeUnit.MILLISECONDS)) != null) {
					collect(more, changed);
				}
				changed.values().forEach(this::deploy);
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void collect(WatchKey key, Map<Path, Path> changed) {
		Path directory = (Path) key.watchable();
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.context() instanceof Path name && isModel(name)) {
				Path file = directory.resolve(name);
				changed.put(file, file);
			}
		}
		key.reset();
	}

	void deploy(Path file) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		String resourceName = file.getParent().getFileName() + "/" + file.getFileName();
		try {
			byte[] content = Files.readAllBytes(file);
			this.validator.validate(resourceName, content);
			DeploymentBuilder builder = this.repository.createDeployment()
				.name(this.settings.deploymentName())
				.source("lotse-model-watcher")
				.enableDuplicateFiltering(true)
				.addInputStream(resourceName, new java.io.ByteArrayInputStream(content));
			long before = deployments();
			builder.deploy();
			// duplicate filtering hands back the earlier deployment when nothing changed
			if (deployments() > before) {
				log.info("Deployed changed model {}", resourceName);
			}
			else {
				log.debug("Model {} is unchanged", resourceName);
			}
		}
		catch (ParseException ex) {
			log.error("Refused changed model {}; the previous version keeps running: {}", resourceName,
					ex.getResorceReports()
						.stream()
						.flatMap((report) -> report.getErrors().stream())
						.map((problem) -> "line " + problem.getLine() + ": " + problem.getMessage())
						.toList());
		}
		catch (InvalidModelException ex) {
			log.error("Refused changed model; the previous version keeps running: {}", ex.getMessage());
		}
		catch (ProcessEngineException | IOException ex) {
			log.error("Refused changed model {}; the previous version keeps running: {}", resourceName,
					ex.getMessage());
		}
	}

	private long deployments() {
		return this.repository.createDeploymentQuery().deploymentName(this.settings.deploymentName()).count();
	}

	private static boolean isModel(Path name) {
		String fileName = name.toString();
		return MODEL_SUFFIXES.stream().anyMatch(fileName::endsWith);
	}

	@Override
	public void stop() {
		Thread watcher = this.thread;
		if (watcher != null) {
			watcher.interrupt();
		}
		try {
			if (this.watchService != null) {
				this.watchService.close();
			}
		}
		catch (IOException ex) {
			log.debug("Closing the model watcher failed", ex);
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/**
	 * Where the model watcher looks.
	 *
	 * @param directories the folders holding models and forms
	 * @param deploymentName the deployment name, the same as the start's automatic
	 * deployment so that unchanged files are filtered out
	 * @param quietPeriodMillis how long a folder must be quiet before deploying
	 */
	@ConfigurationProperties("lotse.models")
	record Settings(List<Path> directories, String deploymentName, long quietPeriodMillis) {

		Settings {
			directories = (directories != null) ? directories : List.of(Path.of("processes"), Path.of("forms"));
			deploymentName = (deploymentName != null) ? deploymentName : ModelDeployment.DEPLOYMENT_NAME;
			quietPeriodMillis = (quietPeriodMillis > 0) ? quietPeriodMillis : 500;
		}

	}

}
