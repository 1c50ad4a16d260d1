package de.lotse.worklist.internal;

import java.util.List;

import de.lotse.worklist.WorklistVariables;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes every history event on, except those of the work list's task-local columns
 * ({@link WorklistVariables#COLUMNS}): they are copies made for Tasklist, one of them the
 * person's name, which the architecture keeps out of the engine. Without this the name
 * would stay in {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL} for the history time to
 * live of the process (ten years).
 */
class ColumnsOutOfHistory implements HistoryEventHandler {

	private final HistoryEventHandler delegate;

	ColumnsOutOfHistory(HistoryEventHandler delegate) {
		this.delegate = delegate;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (!isColumn(event)) {
			this.delegate.handleEvent(event);
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		this.delegate.handleEvents(events.stream().filter((event) -> !isColumn(event)).toList());
	}

	static boolean isColumn(HistoryEvent event) {
		return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
				&& WorklistVariables.COLUMNS.contains(variable.getVariableName());
	}

}
