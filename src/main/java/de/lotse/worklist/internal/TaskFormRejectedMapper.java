package de.lotse.worklist.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a refused task form on the engine's REST API and the webapps' engine API with
 * 400 and the German message alone, in the shape of Camunda's error answers
 * ({@code type}, {@code message}), which Tasklist shows to the clerk; {@code errors}
 * names each field.
 */
public class TaskFormRejectedMapper implements ExceptionMapper<TaskFormRejectedException> {

	@Override
	public Response toResponse(TaskFormRejectedException exception) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "InvalidTaskForm");
		body.put("message", exception.getMessage());
		body.put("code", null);
		body.put("errors", exception.problems()
			.stream()
			.map((problem) -> Map.of("field", problem.field(), "label", problem.label(), "message", problem.message()))
			.toList());
		return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

}
