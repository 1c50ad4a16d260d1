package de.lotse.worklist.internal;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Tasklist save a task again: Tasklist sets the follow-up date (Wiedervorlage) and
 * the due date by sending the whole task back with {@code PUT /task/{id}}, including the
 * {@code camundaFormRef} the engine handed out with it. Camunda 7.24's REST API cannot
 * read that property back (it is typed as an interface) and answers 400 for every task
 * with a Camunda Form, which is every task of Lotse. The property is output only: the
 * engine never takes it from a request. This filter removes it from such requests, for
 * the REST API and for the webapps' own API; nothing else of the request changes.
 */
@Component
class TaskUpdateBodyFilter extends OncePerRequestFilter {

	/** A task's own address, not its sub-resources (variables, form, ...). */
	private static final Pattern TASK = Pattern.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)/task/[^/]+$");

	private static final String FORM_REF = "camundaFormRef";

	private static final int MAX_BODY = 64 * 1024;

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"PUT".equals(request.getMethod())
				|| !TASK.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] start = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (start.length > MAX_BODY) {
			// far larger than any task: passed on unread, as it came
			chain.doFilter(new BodyRequest(request,
					new SequenceInputStream(new ByteArrayInputStream(start), request.getInputStream()),
					request.getContentLengthLong()), response);
			return;
		}
		byte[] body = withoutFormRef(start);
		chain.doFilter(new BodyRequest(request, new ByteArrayInputStream(body), body.length), response);
	}

	private byte[] withoutFormRef(byte[] body) {
		try {
			JsonNode task = this.json.readTree(body);
			if (task instanceof ObjectNode object && object.has(FORM_REF)) {
				object.remove(FORM_REF);
				return this.json.writeValueAsBytes(object);
			}
		}
		catch (JsonProcessingException ex) {
			// not JSON: the REST API answers it
		}
		catch (IOException ex) {
			// unreadable: the REST API answers it
		}
		return body;
	}

	/** The request with a body read already. */
	private static final class BodyRequest extends HttpServletRequestWrapper {

		private final InputStream in;

		private final long length;

		BodyRequest(HttpServletRequest request, InputStream body, long length) {
			super(request);
			this.in = body;
			this.length = length;
		}

		@Override
		public int getContentLength() {
			return (int) Math.min(this.length, Integer.MAX_VALUE);
		}

		@Override
		public long getContentLengthLong() {
			return this.length;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = this.in;
			return new ServletInputStream() {

				private boolean finished;

				@Override
				public int read() throws IOException {
					int read = in.read();
					this.finished = read < 0;
					return read;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int read = in.read(buffer, offset, length);
					this.finished = read < 0;
					return read;
				}

				@Override
				public boolean isFinished() {
					return this.finished;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Synchronous reads only");
				}

			};
		}

	}

}
