package de.lotse.worklist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, inside the engine command that completes a task, the submitted variables
 * against the Camunda Form the task refers to ({@code camunda:formRef}, resolved by its
 * binding the way Tasklist resolves it). Runs after the engine's authorization check and
 * before any variable is written; a wrong submission throws
 * {@link TaskFormRejectedException}, so the transaction writes nothing and the task stays
 * open.
 */
final class TaskFormValidation {

	private static final Logger log = LoggerFactory.getLogger(TaskFormValidation.class);

	/** Parsed forms by form definition id; a deployed form definition never changes. */
	private final Map<String, FormSchema> forms = new ConcurrentHashMap<>();

	private volatile FeelEngine feel;

	/**
	 * Checks one submission.
	 * @param commandContext the command that completes the task
	 * @param task the task, already checked for the user's authorization
	 * @param submitted the submitted variables, or {@code null}
	 * @throws TaskFormRejectedException when the form does not allow them
	 */
	void validate(CommandContext commandContext, TaskEntity task, Map<String, Object> submitted) {
		FormSchema form = formOf(commandContext, task);
		if (form == null) {
			return;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		if (submitted != null) {
			VariableMap typed = Variables.fromMap(submitted);
			typed.keySet().forEach((name) -> values.put(name, plain(typed.getValueTyped(name))));
		}
		VariableMap before = task.getVariablesTyped(false);
		VariableMap after = Variables.createVariables();
		after.putAll(before);
		if (submitted != null) {
			after.putAll(submitted);
		}
		List<FormCheck.Problem> problems = new FormCheck(form).check(values,
				(name) -> plain(before.getValueTyped(name)), (condition) -> hides(condition, after));
		if (!problems.isEmpty()) {
			log.info("Refused completing task {} ({}): {}", task.getId(), form.id(),
					problems.stream().map(FormCheck.Problem::field).toList());
			throw new TaskFormRejectedException(problems);
		}
	}

	private FormSchema formOf(CommandContext commandContext, TaskEntity task) {
		TaskDefinition definition = task.getTaskDefinition();
		if (definition == null || definition.getTaskFormHandler() == null) {
			return null;
		}
		TaskFormData formData = definition.getTaskFormHandler().createTaskForm(task);
		CamundaFormRef ref = (formData != null) ? formData.getCamundaFormRef() : null;
		if (ref == null || ref.getKey() == null) {
			return null;
		}
		CamundaFormDefinition form = commandContext
			.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, formData.getDeploymentId()));
		if (form == null) {
			throw new TaskFormRejectedException(List.of(new FormCheck.Problem(ref.getKey(), ref.getKey(),
					"Das Formular „" + ref.getKey() + "“ dieser Aufgabe ist nicht bereitgestellt.")));
		}
		return this.forms.computeIfAbsent(form.getId(), (id) -> read(commandContext, form));
	}

	private static FormSchema read(CommandContext commandContext, CamundaFormDefinition form) {
		try (InputStream in = commandContext
			.runWithoutAuthorization(new GetDeploymentResourceCmd(form.getDeploymentId(), form.getResourceName()))) {
			return FormSchema.read(in);
		}
		catch (IOException | IllegalArgumentException ex) {
			// fail closed: a form the server cannot check lets nothing through
			log.error("Form {} ({}) cannot be checked: {}", form.getKey(), form.getResourceName(), ex.getMessage());
			throw new TaskFormRejectedException(
					List.of(new FormCheck.Problem(form.getKey(), form.getKey(), "Das Formular „" + form.getKey()
							+ "“ kann nicht geprüft werden. Bitte wenden Sie sich an die Administration.")));
		}
	}

	private boolean hides(String condition, VariableMap data) {
		try {
			return Boolean.TRUE.equals(feel().evaluateSimpleExpression(condition, data.asVariableContext()));
		}
		catch (RuntimeException ex) {
			// form-js shows a field whose condition fails; so the field stays required
			log.debug("Condition '{}' not evaluable: {}", condition, ex.getMessage());
			return false;
		}
	}

	private FeelEngine feel() {
		FeelEngine engine = this.feel;
		if (engine == null) {
			engine = new ScalaFeelEngineFactory().createInstance();
			this.feel = engine;
		}
		return engine;
	}

	/** The plain value, or the typed value itself when it is a serialized object. */
	private static Object plain(TypedValue value) {
		if (value == null) {
			return null;
		}
		if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
			return value;
		}
		return value.getValue();
	}

}
