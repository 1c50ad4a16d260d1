package de.lotse.steering.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds the steering read model's feed to the engine, beside Camunda's own history handler
 * (which keeps writing its tables), so that both run in the engine's transaction. The
 * feed needs the history level {@code full}: activity instances, variable updates and the
 * candidate groups of tasks (identity links).
 */
@Component
class SteeringEnginePlugin extends AbstractProcessEnginePlugin {

	private final JdbcTemplate jdbc;

	SteeringEnginePlugin(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(new ReadModelFeed(this.jdbc));
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(true);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		HistoryLevel level = configuration.getHistoryLevel();
		if (level == null || level.getId() < HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
			throw new IllegalStateException("The steering figures need camunda.bpm.history-level=full, not "
					+ ((level != null) ? level.getName() : configuration.getHistory()));
		}
	}

}
