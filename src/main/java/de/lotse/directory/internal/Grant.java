package de.lotse.directory.internal;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One row of the authorization table: a group is granted permissions on a resource.
 *
 * @param groupId the group
 * @param resource the resource type
 * @param resourceId the resource's id, or {@code *} for all of its kind
 * @param permissions the permissions granted
 */
record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

	static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
		return new Grant(groupId, resource, resourceId, List.of(permissions));
	}

}
