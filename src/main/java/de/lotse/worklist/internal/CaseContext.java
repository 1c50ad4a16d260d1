package de.lotse.worklist.internal;

import de.lotse.chain.IntegrationChainProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * The case around a user task that is being created or completed: the task's own process
 * instance and the root of its call hierarchy, the integration chain of the case. The
 * facts that steer the case (district, language needs) and its integration manager live
 * on the root; the stage processes get copies when they are called, which the root
 * outranks.
 */
final class CaseContext {

	private final ExecutionEntity execution;

	private final ExecutionEntity root;

	private CaseContext(ExecutionEntity execution) {
		this.execution = execution;
		ExecutionEntity instance = execution.getProcessInstance();
		while (instance.getSuperExecution() != null) {
			instance = instance.getSuperExecution().getProcessInstance();
		}
		this.root = instance;
	}

	static CaseContext of(DelegateExecution execution) {
		return new CaseContext((ExecutionEntity) execution);
	}

	/** The key of the task's own process, e.g. {@code benefit-claim}. */
	String processDefinitionKey() {
		return this.execution.getProcessDefinition().getKey();
	}

	/** The case reference (business key of every process of the case), or null. */
	String caseReference() {
		return this.execution.getProcessBusinessKey();
	}

	/**
	 * The root instance: the integration chain, or the task's process if it runs alone.
	 */
	ExecutionEntity root() {
		return this.root;
	}

	/** A fact of the case: the root's value, else what the task's scope sees. */
	Object fact(String name) {
		Object value = this.root.getVariable(name);
		return (value != null) ? value : this.execution.getVariable(name);
	}

	/** The integration manager remembered for the case, or null. */
	String integrationManager() {
		Object manager = fact(IntegrationChainProcess.INTEGRATION_MANAGER);
		return (manager instanceof String userId && !userId.isBlank()) ? userId : null;
	}

	/**
	 * The stage in German, as the work list shows it: the chain's call activity the task
	 * runs under (Leistungsantrag), or the name of the task's process when it is the
	 * chain itself or runs alone.
	 */
	String stage() {
		ExecutionEntity instance = this.execution.getProcessInstance();
		ExecutionEntity callActivity = instance.getSuperExecution();
		if (callActivity == null) {
			return instance.getProcessDefinition().getName();
		}
		while (callActivity.getProcessInstance().getSuperExecution() != null) {
			callActivity = callActivity.getProcessInstance().getSuperExecution();
		}
		ActivityImpl activity = callActivity.getActivity();
		return (activity != null && activity.getName() != null) ? activity.getName()
				: instance.getProcessDefinition().getName();
	}

}
