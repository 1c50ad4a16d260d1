package de.lotse.worklist.internal;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task and form services, with every way of completing or resolving a task
 * running the form check inside the engine command: {@code TaskService.complete},
 * {@code completeWithVariablesInReturn}, {@code resolveTask} and
 * {@code FormService.submitTaskForm} (REST {@code /task/{id}/complete}, {@code /resolve},
 * {@code /submit-form}, and Tasklist). The check sees exactly the submitted variables and
 * runs after the authorization check, so a clerk of another department learns nothing
 * about the form.
 */
final class ValidatingServices {

	private ValidatingServices() {
	}

	static final class TaskService extends TaskServiceImpl {

		private final TaskFormValidation validation;

		TaskService(TaskFormValidation validation) {
			this.validation = validation;
		}

		@Override
		public void complete(String taskId, Map<String, Object> variables) {
			this.commandExecutor.execute(new Complete(this.validation, taskId, variables, false, false));
		}

		@Override
		public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
				boolean deserializeValues) {
			return this.commandExecutor
				.execute(new Complete(this.validation, taskId, variables, true, deserializeValues));
		}

		@Override
		public void resolveTask(String taskId) {
			resolveTask(taskId, null);
		}

		@Override
		public void resolveTask(String taskId, Map<String, Object> variables) {
			this.commandExecutor.execute(new Resolve(this.validation, taskId, variables));
		}

	}

	static final class FormService extends FormServiceImpl {

		private final TaskFormValidation validation;

		FormService(TaskFormValidation validation) {
			this.validation = validation;
		}

		@Override
		public void submitTaskForm(String taskId, Map<String, Object> properties) {
			this.commandExecutor.execute(new Submit(this.validation, taskId, properties, false, false));
		}

		@Override
		public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
				boolean deserializeValues) {
			return this.commandExecutor
				.execute(new Submit(this.validation, taskId, properties, true, deserializeValues));
		}

	}

	static final class Complete extends CompleteTaskCmd {

		private static final long serialVersionUID = 1L;

		private final transient TaskFormValidation validation;

		Complete(TaskFormValidation validation, String taskId, Map<String, Object> variables, boolean returnVariables,
				boolean deserializeReturnedVariables) {
			super(taskId, variables, returnVariables, deserializeReturnedVariables);
			this.validation = validation;
		}

		@Override
		protected void checkCompleteTask(TaskEntity task, CommandContext commandContext) {
			super.checkCompleteTask(task, commandContext);
			this.validation.validate(commandContext, task, this.variables);
		}

	}

	static final class Resolve extends ResolveTaskCmd {

		private static final long serialVersionUID = 1L;

		private final transient TaskFormValidation validation;

		Resolve(TaskFormValidation validation, String taskId, Map<String, Object> variables) {
			super(taskId, variables);
			this.validation = validation;
		}

		@Override
		protected void checkCompleteTask(TaskEntity task, CommandContext commandContext) {
			super.checkCompleteTask(task, commandContext);
			this.validation.validate(commandContext, task, this.variables);
		}

	}

	static final class Submit extends SubmitTaskFormCmd {

		private static final long serialVersionUID = 1L;

		private final transient TaskFormValidation validation;

		Submit(TaskFormValidation validation, String taskId, Map<String, Object> properties, boolean returnVariables,
				boolean deserializeValues) {
			super(taskId, properties, returnVariables, deserializeValues);
			this.validation = validation;
		}

		@Override
		public VariableMap execute(CommandContext commandContext) {
			TaskEntity task = (this.taskId != null) ? commandContext.getTaskManager().findTaskById(this.taskId) : null;
			if (task != null) {
				// the same check the engine makes next, so that a stranger learns nothing
				for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
					checker.checkTaskWork(task);
				}
				this.validation.validate(commandContext, task, this.properties);
			}
			return super.execute(commandContext);
		}

	}

}
