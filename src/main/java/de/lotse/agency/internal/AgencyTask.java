package de.lotse.agency.internal;

import java.util.Map;

/**
 * A locked external task as the worker sees it, whichever way it was fetched.
 *
 * @param id the external task id
 * @param topic the topic
 * @param businessKey the process instance's business key (the case reference)
 * @param processInstanceId the process instance
 * @param activityId the BPMN id of the service task
 * @param activityInstanceId the service task's current activity instance
 * @param retries the retries left, {@code null} before the first failure
 * @param variables the variables the worker asked for
 */
record AgencyTask(String id, String topic, String businessKey, String processInstanceId, String activityId,
		String activityInstanceId, Integer retries, Map<String, Object> variables) {

}
