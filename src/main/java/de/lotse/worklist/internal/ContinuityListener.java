package de.lotse.worklist.internal;

import java.util.List;

import de.lotse.chain.IntegrationChainProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the first Integrationsmanagement task of a case is completed, the integration
 * manager who completed it (its assignee: in Tasklist one claims a task before completing
 * it) becomes the case's integration manager: the chain remembers them, and every
 * Integrationsmanagement task of the case is assigned to them from then on, including the
 * open ones nobody has taken. Completing is the moment to remember, not claiming, because
 * a claim can be taken back. Only the team lead changes the manager afterwards
 * (handover).
 */
class ContinuityListener implements TaskListener {

	private static final Logger log = LoggerFactory.getLogger(ContinuityListener.class);

	@Override
	public void notify(DelegateTask task) {
		if (!IntegrationManagers.concerns(candidateGroups(task))) {
			return;
		}
		CaseContext context = CaseContext.of(task.getExecution());
		if (context.integrationManager() != null) {
			return;
		}
		CommandContext command = Context.getCommandContext();
		String manager = (task.getAssignee() != null) ? task.getAssignee() : command.getAuthenticatedUserId();
		IntegrationManagers managers = new IntegrationManagers(task.getProcessEngineServices());
		command.runWithoutAuthorization(() -> {
			if (!managers.isIntegrationManager(manager)) {
				// e.g. an administrator stepping in: the case waits for its manager
				return null;
			}
			context.root().setVariable(IntegrationChainProcess.INTEGRATION_MANAGER, manager);
			String caseReference = context.caseReference();
			if (caseReference != null) {
				managers.recordOnCopies(caseReference, manager);
				for (Task open : managers.unassignedTasksOf(caseReference)) {
					if (!open.getId().equals(task.getId())) {
						managers.assign(open, manager);
					}
				}
			}
			log.info("Case {}: integration manager {} remembered", caseReference, manager);
			return null;
		});
	}

	static List<String> candidateGroups(DelegateTask task) {
		return task.getCandidates()
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
