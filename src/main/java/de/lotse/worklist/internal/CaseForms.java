package de.lotse.worklist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The form of a user task, as shipped in {@code forms/}, for the labels the case view
 * shows: a field's label and the label of a chosen option.
 */
@Component
class CaseForms {

	private final RepositoryService repository;

	private final Map<String, Optional<FormSchema>> forms = new ConcurrentHashMap<>();

	CaseForms(RepositoryService repository) {
		this.repository = repository;
	}

	/**
	 * The field of a user task's form.
	 * @param processDefinitionId the process definition the task belongs to
	 * @param taskDefinitionKey the user task
	 * @param key the field's key
	 * @return the field, or empty when the task has no form or the form no such field
	 */
	Optional<FormField> field(String processDefinitionId, String taskDefinitionKey, String key) {
		if (processDefinitionId == null) {
			return Optional.empty();
		}
		UserTask task = this.repository.getBpmnModelInstance(processDefinitionId)
			.getModelElementById(taskDefinitionKey);
		if (task == null || task.getCamundaFormRef() == null) {
			return Optional.empty();
		}
		return this.forms.computeIfAbsent(task.getCamundaFormRef(), CaseForms::read).map((form) -> form.field(key));
	}

	private static Optional<FormSchema> read(String formRef) {
		ClassPathResource resource = new ClassPathResource("forms/" + formRef + ".form");
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(FormSchema.read(in));
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
