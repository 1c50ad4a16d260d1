package de.lotse.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.lotse.chain.IntegrationChainProcess;
import de.lotse.directory.Departments;
import de.lotse.directory.Roles;
import de.lotse.directory.Teams;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

/**
 * The global authorizations of the departments, teams and roles. Task-level permissions
 * are not in this table: the engine grants a department or team READ and TASK_WORK on
 * each task offered to it, and {@link DepartmentTaskAuthorizationProvider} grants the
 * department's team lead READ and TASK_ASSIGN on it. Nobody but the administrators gets
 * READ_TASK or UPDATE_TASK on process definitions, so no department reads another
 * department's tasks. Filters are not in this table either: each Tasklist filter is
 * readable by the department it was made for (module {@code worklist}).
 */
final class OrganisationAuthorizations {

	private OrganisationAuthorizations() {
	}

	/**
	 * Every grant of the organisation.
	 * @return the table
	 */
	static List<Grant> table() {
		List<Grant> grants = new ArrayList<>();
		for (String department : Departments.ids()) {
			grants.addAll(taskWorker(department));
			grants.addAll(taskWorker(Roles.teamLead(department)));
		}
		for (String team : Teams.ids()) {
			grants.addAll(taskWorker(team));
		}
		// the integration managers open cases (POST /api/cases starts the chain)
		grants.add(Grant.of(Departments.INTEGRATIONSMANAGEMENT, Resources.PROCESS_DEFINITION,
				IntegrationChainProcess.KEY, Permissions.CREATE_INSTANCE));
		grants.add(Grant.of(Departments.INTEGRATIONSMANAGEMENT, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
		// process designers deploy models and look at them in Cockpit
		grants.add(Grant.of(Roles.PROZESSDESIGN, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
		grants.add(Grant.of(Roles.PROZESSDESIGN, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ,
				Permissions.DELETE));
		grants.add(Grant.of(Roles.PROZESSDESIGN, Resources.PROCESS_DEFINITION, ANY, Permissions.READ));
		grants.add(Grant.of(Roles.PROZESSDESIGN, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
		grants.add(Grant.of(Roles.PROZESSDESIGN, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
		// the Lenkungsgruppe gets nothing: no task, no case, no history
		for (Resources resource : Resources.values()) {
			grants.add(Grant.of(Roles.ADMINISTRATION, resource, ANY, Permissions.ALL));
		}
		return grants;
	}

	/** What a group that works tasks in Tasklist needs besides the tasks themselves. */
	private static List<Grant> taskWorker(String group) {
		return List.of(Grant.of(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
				Grant.of(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ),
				Grant.of(group, Resources.USER, ANY, Permissions.READ),
				Grant.of(group, Resources.GROUP, ANY, Permissions.READ));
	}

	/**
	 * Grants earlier versions made and this one takes back: every filter to every
	 * department and team lead (each filter is now readable by its own department only).
	 * @return the grants to revoke
	 */
	static List<Grant> withdrawn() {
		List<Grant> grants = new ArrayList<>();
		for (String department : Departments.ids()) {
			grants.add(Grant.of(department, Resources.FILTER, ANY, Permissions.READ));
			grants.add(Grant.of(Roles.teamLead(department), Resources.FILTER, ANY, Permissions.READ));
		}
		return grants;
	}

	/**
	 * Creates each grant that is missing and adds missing permissions to existing ones,
	 * then revokes the {@link #withdrawn() withdrawn} grants. Permissions an
	 * administrator added are kept.
	 * @param authorizations the engine's authorization service
	 * @return how many authorizations were created, changed or deleted
	 */
	static int ensure(AuthorizationService authorizations) {
		int changed = revokeWithdrawn(authorizations);
		for (Grant grant : table()) {
			Authorization authorization = authorizations.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.groupIdIn(grant.groupId())
				.resourceType(grant.resource())
				.resourceId(grant.resourceId())
				.singleResult();
			boolean dirty = false;
			if (authorization == null) {
				authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				authorization.setGroupId(grant.groupId());
				authorization.setResource(grant.resource());
				authorization.setResourceId(grant.resourceId());
				dirty = true;
			}
			for (Permission permission : grant.permissions()) {
				if (!authorization.isPermissionGranted(permission)) {
					authorization.addPermission(permission);
					dirty = true;
				}
			}
			if (dirty) {
				authorizations.saveAuthorization(authorization);
				changed++;
			}
		}
		return changed;
	}

	private static int revokeWithdrawn(AuthorizationService authorizations) {
		int changed = 0;
		for (Grant grant : withdrawn()) {
			Authorization authorization = authorizations.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.groupIdIn(grant.groupId())
				.resourceType(grant.resource())
				.resourceId(grant.resourceId())
				.singleResult();
			if (authorization == null || grant.permissions().stream().noneMatch(authorization::isPermissionGranted)) {
				continue;
			}
			grant.permissions().forEach(authorization::removePermission);
			if (grantsNothing(authorization)) {
				authorizations.deleteAuthorization(authorization.getId());
			}
			else {
				authorizations.saveAuthorization(authorization);
			}
			changed++;
		}
		return changed;
	}

	private static boolean grantsNothing(Authorization authorization) {
		return Arrays.stream(ResourceTypeUtil.getPermissionsByResourceType(authorization.getResourceType()))
			.filter((permission) -> permission.getValue() != Permissions.NONE.getValue()
					&& permission.getValue() != Permissions.ALL.getValue())
			.noneMatch(authorization::isPermissionGranted);
	}

}
