package de.lotse.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
 * Limits the size of request bodies sent to Lotse's own API ({@code /api/*}), whether
 * announced by Content-Length or streamed in chunks, so that no request can make the
 * server read without end. Too large a body gets 413 with a German message.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimitFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestSizeLimit(
			@Value("${lotse.api.max-request-size:64KB}") DataSize maxRequestSize) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Limit(maxRequestSize.toBytes()));
		registration.addUrlPatterns("/api/*");
		registration.setName("lotseRequestSizeLimit");
		return registration;
	}

	static final class Limit extends OncePerRequestFilter {

		private final long maxBytes;

		Limit(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > this.maxBytes) {
				tooLarge(response);
				return;
			}
			try {
				chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
			}
			catch (TooLargeException ex) {
				if (!response.isCommitted()) {
					response.reset();
					tooLarge(response);
				}
			}
			catch (ServletException ex) {
				if (!(ex.getRootCause() instanceof TooLargeException) || response.isCommitted()) {
					throw ex;
				}
				response.reset();
				tooLarge(response);
			}
		}

		private void tooLarge(HttpServletResponse response) throws IOException {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"title\":\"" + TITLE + "\",\"status\":413,\"detail\":\"" + detail(this.maxBytes) + "\"}");
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
