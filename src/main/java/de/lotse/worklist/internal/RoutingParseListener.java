package de.lotse.worklist.internal;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every deployed process Lotse's work-list behaviour, without
 * anything in the models: routing while the task is created
 * ({@link RoutingTaskDecorator}), the columns of the work list
 * ({@link TaskListColumnsListener}) and the continuity of the integration manager
 * ({@link ContinuityListener}). The listeners are built-in ones, so that a process
 * instance modification that skips custom listeners still keeps them.
 */
class RoutingParseListener extends AbstractBpmnParseListener {

	private final TaskRouter router;

	private final TaskListener columns;

	private final TaskListener continuity = new ContinuityListener();

	RoutingParseListener(TaskRouter router, Function<String, Optional<String>> personNames) {
		this.router = router;
		this.columns = new TaskListColumnsListener(personNames);
	}

	@Override
	public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
		UserTaskActivityBehavior model = (UserTaskActivityBehavior) activity.getActivityBehavior();
		activity.setActivityBehavior(
				new UserTaskActivityBehavior(new RoutingTaskDecorator(model.getTaskDecorator(), this.router)));
		TaskDefinition definition = model.getTaskDefinition();
		definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this.columns);
		definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this.continuity);
	}

}
