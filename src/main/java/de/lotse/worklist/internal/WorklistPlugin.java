package de.lotse.worklist.internal;

import java.util.ArrayList;
import java.util.Optional;

import de.lotse.casefile.CaseFileManagement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Plugs the work lists into the engine: every user task is routed, gets its columns and
 * keeps its integration manager ({@link RoutingParseListener}); the columns stay out of
 * the history ({@link ColumnsOutOfHistory}); stored filters may use
 * {@code startOfToday()} and {@code startOfTomorrow()} ({@link MunicipalDays}); and the
 * departments' filters are created or brought up to date at every start
 * ({@link DepartmentFilters}).
 */
@Component
@EnableConfigurationProperties(WorklistSettings.class)
class WorklistPlugin extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(WorklistPlugin.class);

	private final WorklistSettings settings;

	private final ObjectProvider<CaseFileManagement> cases;

	/**
	 * @param settings the work-list settings
	 * @param cases the case files, looked up when a task is created (the case files need
	 * the engine, so they cannot be built before it)
	 */
	WorklistPlugin(WorklistSettings settings, ObjectProvider<CaseFileManagement> cases) {
		this.settings = settings;
		this.cases = cases;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
		}
		configuration.getCustomPostBPMNParseListeners()
			.add(new RoutingParseListener(new TaskRouter(this.settings.serviceLevelDueDates()), this::personName));
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(new ColumnsOutOfHistory(configuration.getHistoryEventHandler()));
		try {
			configuration.getExpressionManager()
				.addFunction(MunicipalDays.START_OF_TODAY, MunicipalDays.class.getMethod(MunicipalDays.START_OF_TODAY));
			configuration.getExpressionManager()
				.addFunction(MunicipalDays.START_OF_TOMORROW,
						MunicipalDays.class.getMethod(MunicipalDays.START_OF_TOMORROW));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("MunicipalDays lost a function", ex);
		}
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		int changed = DepartmentFilters.ensure(engine);
		log.info("Work lists: {} department filters created, changed or deleted", changed);
	}

	private Optional<String> personName(String caseReference) {
		CaseFileManagement management = this.cases.getIfAvailable();
		return (management != null) ? management.personName(caseReference) : Optional.empty();
	}

}
