package de.lotse.directory.internal;

import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda's authorization checks, with one exception: whoever may work a task may also
 * set its follow-up date (Wiedervorlage). The engine asks for TASK_ASSIGN (or UPDATE) for
 * every change of a task's properties, which would let a clerk hand the task to someone
 * else; a clerk has TASK_WORK only. When a saved task changes nothing but its follow-up
 * date (Tasklist's Wiedervorlage field, {@code PUT /task/{id}}), TASK_WORK suffices. Any
 * other change (assignee, due date, name, priority, ...) still needs TASK_ASSIGN.
 */
class FollowUpDateCommandChecker extends AuthorizationCommandChecker {

	private static final Set<String> FOLLOW_UP_ONLY = Set.of(TaskEntity.FOLLOW_UP_DATE);

	@Override
	public void checkTaskAssign(TaskEntity task) {
		if (FOLLOW_UP_ONLY.equals(task.getPropertyChanges().keySet())) {
			checkTaskWork(task);
			return;
		}
		super.checkTaskAssign(task);
	}

}
