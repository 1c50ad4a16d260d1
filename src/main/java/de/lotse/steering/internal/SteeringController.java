package de.lotse.steering.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;
import de.lotse.steering.internal.SteeringAccess.SteeringAccessDeniedException;
import de.lotse.steering.internal.SteeringTables.Filters;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The steering figures over HTTP ({@code docs/steering-api.md}): JSON, or CSV with the
 * suffix {@code .csv} or {@code Accept: text/csv}. Read-only, for the Lenkungsgruppe.
 */
@RestController
@RequestMapping(SteeringController.BASE)
class SteeringController {

	static final String BASE = "/api/steering";

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final SteeringFigures figures;

	private final ChainModels models;

	SteeringController(SteeringFigures figures, ChainModels models) {
		this.figures = figures;
		this.models = models;
	}

	@GetMapping("/filters")
	Filters filters() {
		return this.figures.filters();
	}

	@GetMapping({ "/funnel", "/funnel.csv" })
	ResponseEntity<?> funnel(Params params, HttpServletRequest request) {
		return answer(request, params, this.figures::funnel);
	}

	@GetMapping({ "/lead-times", "/lead-times.csv" })
	ResponseEntity<?> leadTimes(Params params, HttpServletRequest request) {
		return answer(request, params, this.figures::leadTimes);
	}

	@GetMapping({ "/naturalisation-backlog", "/naturalisation-backlog.csv" })
	ResponseEntity<?> naturalisationBacklog(Params params, HttpServletRequest request) {
		return answer(request, params, this.figures::naturalisationBacklog);
	}

	@GetMapping({ "/backlog", "/backlog.csv" })
	ResponseEntity<?> backlog(Params params, HttpServletRequest request) {
		return answer(request, params, this.figures::officeBacklog);
	}

	@GetMapping({ "/flow", "/flow.csv" })
	ResponseEntity<?> flow(Params params, HttpServletRequest request) {
		return answer(request, params, this.figures::flow);
	}

	@GetMapping({ "/heatmap", "/heatmap.csv" })
	ResponseEntity<?> heatmap(Params params, @RequestParam(name = "process", required = false) String process,
			HttpServletRequest request) {
		String processKey = (process == null || process.isBlank()) ? de.lotse.chain.IntegrationChainProcess.KEY
				: process.strip();
		if (!ChainModels.isChainProcess(processKey)) {
			throw new InvalidRequestException(List.of(new FieldProblem("process",
					"Unbekannter Prozess. Erlaubt: " + String.join(", ", ChainModels.processKeys()) + ".")));
		}
		return answer(request, params, (query) -> this.figures.heatmap(processKey, query));
	}

	@GetMapping("/diagram/{processKey}")
	ResponseEntity<byte[]> diagram(@PathVariable String processKey) {
		if (!ChainModels.isChainProcess(processKey)) {
			return ResponseEntity.notFound().build();
		}
		return this.models.xml(processKey)
			.map((xml) -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private ResponseEntity<?> answer(HttpServletRequest request, Params params,
			Function<SteeringQuery, ? extends CsvTable> table) {
		SteeringQuery query = SteeringQuery.parse(params.from(), params.to(), params.district(), params.statusGroup(),
				SteeringFigures.today(), this.figures::isKnownDistrict);
		CsvTable result = table.apply(query);
		if (!wantsCsv(request)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
		}
		String fileName = "lotse-%s-%s-%s.csv".formatted(result.csvName(), query.from(), query.to());
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(CsvExport.write(result, this.figures.minimumCellSize()));
	}

	private static boolean wantsCsv(HttpServletRequest request) {
		if (request.getRequestURI().endsWith(".csv")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			MediaType.sortBySpecificityAndQuality(types);
			for (MediaType type : types) {
				if (type.isWildcardType()) {
					return false;
				}
				if ("csv".equals(type.getSubtype())) {
					return true;
				}
				if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
					return false;
				}
			}
		}
		catch (org.springframework.util.InvalidMimeTypeException ex) {
			return false;
		}
		return false;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> accessDenied(SteeringAccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Die Steuerungszahlen sind der Lenkungsgruppe vorbehalten.");
		problem.setTitle("Keine Berechtigung");
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The query parameters every table takes.
	 *
	 * @param from first day, ISO
	 * @param to last day, ISO
	 * @param district a district
	 * @param statusGroup a status group id
	 */
	record Params(String from, String to, String district, String statusGroup) {

	}

	/** Puts {@link SteeringAccess} in front of every steering endpoint. */
	@Configuration(proxyBeanMethods = false)
	static class AccessConfiguration implements WebMvcConfigurer {

		private final SteeringAccess access;

		AccessConfiguration(SteeringAccess access) {
			this.access = access;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(this.access).addPathPatterns(BASE, BASE + "/**");
		}

	}

}
