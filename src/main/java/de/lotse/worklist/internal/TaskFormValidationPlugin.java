package de.lotse.worklist.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Installs the server-side form check in the engine: the task and form services complete
 * a task only when the submitted values fit the task's Camunda Form.
 */
@Component
class TaskFormValidationPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskFormValidation validation = new TaskFormValidation();
		configuration.setTaskService(new ValidatingServices.TaskService(validation));
		configuration.setFormService(new ValidatingServices.FormService(validation));
	}

}
