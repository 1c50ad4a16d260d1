package de.lotse.worklist.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.lotse.directory.Departments;
import de.lotse.directory.Roles;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team lead of the Integrationsmanagement hands all cases of one integration manager
 * to another in one step, for instance while the first is absent: every open
 * Integrationsmanagement task assigned to the first goes to the second, and every case
 * remembers the second as its integration manager, so later tasks go there too. One
 * transaction: either everything moves or nothing.
 */
@Service
class IntegrationManagerHandover {

	private static final Logger log = LoggerFactory.getLogger(IntegrationManagerHandover.class);

	private static final Set<String> ALLOWED = Set.of(Roles.teamLead(Departments.INTEGRATIONSMANAGEMENT),
			Roles.ADMINISTRATION);

	private final ProcessEngine engine;

	IntegrationManagerHandover(ProcessEngine engine) {
		this.engine = engine;
	}

	/**
	 * Hands one manager's cases and open tasks to another.
	 * @param from the user id of the manager who hands over (need not exist any more)
	 * @param to the user id of a member of the Integrationsmanagement
	 * @return what moved
	 * @throws AuthorizationException unless the caller is the Integrationsmanagement's
	 * team lead or an administrator
	 * @throws InvalidRequestException for a missing, unknown or ineligible target
	 */
	@Transactional
	Result handOver(String from, String to) {
		IdentityService identity = this.engine.getIdentityService();
		Authentication caller = identity.getCurrentAuthentication();
		if (caller == null || caller.getGroupIds() == null
				|| caller.getGroupIds().stream().noneMatch(ALLOWED::contains)) {
			throw new AuthorizationException(
					"Only the team lead of the Integrationsmanagement hands over integration managers");
		}
		validate(from, to);
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		Result result = configuration.getCommandExecutorTxRequired()
			.execute((command) -> command.runWithoutAuthorization(() -> move(from, to)));
		log.info("{} handed the cases of {} to {}: {} tasks, {} cases", caller.getUserId(), from, to, result.tasks(),
				result.cases());
		return result;
	}

	private Result move(String from, String to) {
		IntegrationManagers managers = new IntegrationManagers(this.engine);
		List<Task> tasks = managers.openTasksOf(from);
		for (Task task : tasks) {
			managers.assign(task, to);
		}
		List<String> instances = managers.handOverCases(from, to);
		Set<String> cases = new HashSet<>();
		if (!instances.isEmpty()) {
			for (ProcessInstance instance : this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceIds(new HashSet<>(instances))
				.list()) {
				cases.add((instance.getBusinessKey() != null) ? instance.getBusinessKey() : instance.getId());
			}
		}
		return new Result(from, to, tasks.size(), cases.size());
	}

	private void validate(String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		if (to == null || to.isBlank()) {
			problems.add(new FieldProblem("to", "Die Benutzerkennung der übernehmenden Person fehlt."));
		}
		else if (to.equals(from)) {
			problems.add(new FieldProblem("to", "Übergabe an dieselbe Person ist nicht möglich."));
		}
		else {
			IdentityService identity = this.engine.getIdentityService();
			User user = identity.createUserQuery().userId(to).singleResult();
			if (user == null) {
				problems.add(new FieldProblem("to", "Keine Benutzerin und kein Benutzer mit dieser Kennung bekannt."));
			}
			else if (identity.createGroupQuery()
				.groupId(Departments.INTEGRATIONSMANAGEMENT)
				.groupMember(to)
				.count() == 0) {
				problems
					.add(new FieldProblem("to", "Nur Mitglieder des Integrationsmanagements können Fälle übernehmen; "
							+ to + " gehört nicht dazu."));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	/**
	 * What a handover moved.
	 *
	 * @param from the manager who handed over
	 * @param to the manager who took over
	 * @param tasks open tasks reassigned
	 * @param cases cases that now remember the new manager
	 */
	record Result(String from, String to, int tasks, int cases) {
	}

}
