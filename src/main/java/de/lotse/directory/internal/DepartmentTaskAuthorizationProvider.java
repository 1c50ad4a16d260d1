package de.lotse.directory.internal;

import java.util.Arrays;
import java.util.Optional;

import de.lotse.directory.Roles;
import de.lotse.directory.Teams;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task permissions, plus: whenever a task is offered to a department or
 * to one of its teams (candidate group), that department's team lead group may read the
 * task and reassign it (READ, TASK_ASSIGN on that one task). Camunda authorizations name
 * a single task or all tasks, so "the tasks of their department" is granted task by task,
 * the same way the engine grants the department itself.
 */
class DepartmentTaskAuthorizationProvider extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		AuthorizationEntity[] granted = super.newTaskGroupIdentityLink(task, groupId, type);
		Optional<String> department = Teams.departmentOf(groupId);
		if (!IdentityLinkType.CANDIDATE.equals(type) || department.isEmpty()) {
			return granted;
		}
		AuthorizationEntity teamLead = createOrUpdateAuthorization(task, null, Roles.teamLead(department.get()),
				Resources.TASK, false, Permissions.READ, Permissions.TASK_ASSIGN);
		if (granted == null) {
			return new AuthorizationEntity[] { teamLead };
		}
		AuthorizationEntity[] all = Arrays.copyOf(granted, granted.length + 1);
		all[granted.length] = teamLead;
		return all;
	}

}
