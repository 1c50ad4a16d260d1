package de.lotse.runtime.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the size of request bodies, whether announced by Content-Length or streamed in
 * chunks, so that no request can make the server read without end. Too large a body gets
 * 413 with a German message.
 * <ul>
 * <li>Lotse's own API ({@code /api/*}) and the tasks of the engine's REST API and of the
 * webapps' engine API (Tasklist): {@code lotse.api.max-request-size}, 64 KB; a form
 * submission is far smaller.</li>
 * <li>The rest of the engine's REST API and the webapps' API:
 * {@code lotse.engine-rest.max-request-size}, 10 MB, enough for a deployment of the
 * models and for agency answers from workers that run as processes of their own.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimitFilter {

	/** Task endpoints of the engine's REST API and the webapps' engine API. */
	private static final Pattern TASK_PATH = Pattern
		.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/task(/.*)?");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestSizeLimit(
			@Value("${lotse.api.max-request-size:64KB}") DataSize maxRequestSize,
			@Value("${lotse.engine-rest.max-request-size:10MB}") DataSize maxEngineRequestSize) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Limit(maxRequestSize.toBytes(), maxEngineRequestSize.toBytes()));
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
		registration.setName("lotseRequestSizeLimit");
		return registration;
	}

	static final class Limit extends OncePerRequestFilter {

		private final long maxApiBytes;

		private final long maxEngineBytes;

		Limit(long maxApiBytes, long maxEngineBytes) {
			this.maxApiBytes = maxApiBytes;
			this.maxEngineBytes = maxEngineBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long maxBytes = limitFor(request);
			if (request.getContentLengthLong() > maxBytes) {
				tooLarge(response, maxBytes);
				return;
			}
			HttpServletRequest limited = new LimitedRequest(request, maxBytes);
			if (request.getContentLengthLong() < 0 && !isLotseApi(request)) {
				// The engine APIs (Jersey) turn a failed read into an answer of their
				// own,
				// so a body streamed without Content-Length is read up to the limit
				// first.
				try {
					limited = new BufferedRequest(request, limited.getInputStream().readAllBytes());
				}
				catch (TooLargeException ex) {
					tooLarge(response, maxBytes);
					return;
				}
			}
			try {
				chain.doFilter(limited, response);
			}
			catch (TooLargeException ex) {
				if (!response.isCommitted()) {
					response.reset();
					tooLarge(response, maxBytes);
				}
			}
			catch (ServletException ex) {
				if (!(ex.getRootCause() instanceof TooLargeException) || response.isCommitted()) {
					throw ex;
				}
				response.reset();
				tooLarge(response, maxBytes);
			}
		}

		private long limitFor(HttpServletRequest request) {
			if (isLotseApi(request) || TASK_PATH.matcher(path(request)).matches()) {
				return this.maxApiBytes;
			}
			return this.maxEngineBytes;
		}

		private static boolean isLotseApi(HttpServletRequest request) {
			return path(request).startsWith("/api/");
		}

		private static String path(HttpServletRequest request) {
			return request.getRequestURI().substring(request.getContextPath().length());
		}

		private static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			// "message" as well: Tasklist and Camunda's clients read that field
			response.getWriter()
				.write("{\"title\":\"" + TITLE + "\",\"status\":413,\"detail\":\"" + detail(maxBytes)
						+ "\",\"message\":\"" + detail(maxBytes) + "\"}");
		}

	}

	static final String TITLE = "Anfrage zu groß";

	static String detail(long maxBytes) {
		return "Der Inhalt ist größer als " + (maxBytes / 1024) + " KB.";
	}

	/**
	 * The body read so far exceeds the limit. Spring MVC wraps it when it reads a body
	 * without Content-Length (chunked), so {@link ApiExceptionHandler} answers 413 too.
	 */
	static final class TooLargeException extends IOException {

		private final long maxBytes;

		TooLargeException(long maxBytes) {
			super("Request body exceeds the limit of " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		long maxBytes() {
			return this.maxBytes;
		}

	}

	/** A request whose body was read already. */
	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body was read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), (getCharacterEncoding() != null)
					? Charset.forName(getCharacterEncoding()) : StandardCharsets.UTF_8));
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) throws TooLargeException {
					this.read += n;
					if (this.read > LimitedRequest.this.maxBytes) {
						throw new TooLargeException(LimitedRequest.this.maxBytes);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
