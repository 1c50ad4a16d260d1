package de.lotse.worklist.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import de.lotse.casefile.CaseFile;
import de.lotse.casefile.CaseFileManagement;
import de.lotse.casefile.ResidenceStatus;
import de.lotse.chain.IntegrationChainProcess;
import de.lotse.directory.Departments;
import de.lotse.directory.Teams;
import de.lotse.directory.Roles;
import de.lotse.runtime.InvalidRequestException;
import de.lotse.runtime.InvalidRequestException.FieldProblem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import org.springframework.stereotype.Service;

/**
 * Builds the case view: the chain of one case as a timeline across offices, cut to what
 * the caller may see.
 * <ul>
 * <li>A clerk sees a case only when a department of theirs has or had a task in it;
 * otherwise the case does not exist for them (404), so a reference reveals nothing. Users
 * who belong to no department (Lenkungsgruppe, Prozessdesign, agencies) never see a case
 * (403). Administrators see everything.</li>
 * <li>Within the case, the stages the clerk's department works on are shown in detail:
 * tasks, decisions with their dates, deadlines. The other offices' stages show only their
 * state, which office holds them and since when (purpose limitation, § 67c SGB X, § 35
 * SGB I; no decisions of another authority).</li>
 * <li>The person's integration manager (the case's {@code integrationManager}) sees the
 * whole timeline with every open deadline, to coordinate and escalate, but other offices'
 * decisions only with the person's consent, which Lotse does not record yet (§ 67b SGB
 * X), so not at all.</li>
 * </ul>
 * Everything is read without the caller's engine authorizations (clerks may not read
 * history), after Lotse decided what the caller may see.
 */
@Service
class CaseViews {

	static final Pattern CASE_REFERENCE = Pattern.compile("LT-\\d{4}-[2-9A-HJKMNP-Z]{6}");

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final String COMPLETED = "completed";

	private final CaseFileManagement caseFiles;

	private final ProcessEngine engine;

	private final CaseForms forms;

	CaseViews(CaseFileManagement caseFiles, ProcessEngine engine, CaseForms forms) {
		this.caseFiles = caseFiles;
		this.engine = engine;
		this.forms = forms;
	}

	/**
	 * The case as the caller may see it.
	 * @param caseReference the case reference
	 * @param userId the caller
	 * @param groupIds the caller's groups
	 * @return the view
	 * @throws InvalidRequestException for a reference of the wrong form
	 * @throws CaseHiddenException when there is no such case for the caller
	 * @throws CaseForbiddenException when the caller may see no case at all
	 */
	CaseView view(String caseReference, String userId, Collection<String> groupIds) {
		if (caseReference == null || !CASE_REFERENCE.matcher(caseReference).matches()) {
			throw new InvalidRequestException(List.of(new FieldProblem("caseReference",
					"Das Aktenzeichen hat nicht die erwartete Form, z. B. LT-2026-K7Q3XP.")));
		}
		boolean admin = groupIds.contains(Roles.ADMINISTRATION);
		List<String> departments = groupIds.stream()
			.map(Teams::departmentOf)
			.flatMap(Optional::stream)
			.distinct()
			.toList();
		if (!admin && departments.isEmpty()) {
			throw new CaseForbiddenException();
		}
		CaseFile file = this.caseFiles.find(caseReference).orElseThrow(() -> new CaseHiddenException(caseReference));
		return withoutAuthorization(() -> new Builder(file, userId, admin, departments).build());
	}

	private <T> T withoutAuthorization(Supplier<T> call) {
		Authentication caller = this.engine.getIdentityService().getCurrentAuthentication();
		this.engine.getIdentityService().clearAuthentication();
		try {
			return call.get();
		}
		finally {
			if (caller != null) {
				this.engine.getIdentityService().setAuthentication(caller);
			}
		}
	}

	/** One case read for one caller. */
	private final class Builder {

		private final CaseFile file;

		private final String userId;

		private final boolean admin;

		private final List<String> departments;

		/** The engine's clock, which tests move. */
		private final Date now = ClockUtil.getCurrentTime();

		private HistoricProcessInstance chain;

		private List<HistoricTaskInstance> tasks;

		/** The departments each task was offered to, by task id. */
		private final Map<String, Set<String>> offices = new HashMap<>();

		private boolean integrationManager;

		Builder(CaseFile file, String userId, boolean admin, List<String> departments) {
			this.file = file;
			this.userId = userId;
			this.admin = admin;
			this.departments = departments;
		}

		private static List<String> candidateGroups() {
			List<String> groups = new ArrayList<>(Departments.ids());
			groups.addAll(Teams.ids());
			return groups;
		}

		CaseView build() {
			String reference = this.file.caseReference();
			var history = CaseViews.this.engine.getHistoryService();
			this.chain = history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(reference)
				.processDefinitionKey(IntegrationChainProcess.KEY)
				.orderByProcessInstanceStartTime()
				.desc()
				.list()
				.stream()
				.findFirst()
				.orElse(null);
			this.tasks = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list();
			// a task offered to a team counts for the team's department
			for (String group : candidateGroups()) {
				String department = Teams.departmentOf(group).orElseThrow();
				history.createHistoricTaskInstanceQuery()
					.processInstanceBusinessKey(reference)
					.taskHadCandidateGroup(group)
					.list()
					.forEach((task) -> this.offices.computeIfAbsent(task.getId(), (id) -> new LinkedHashSet<>())
						.add(department));
			}
			Set<String> involved = new LinkedHashSet<>();
			this.offices.values()
				.forEach((offered) -> offered.stream().filter(this.departments::contains).forEach(involved::add));
			this.integrationManager = this.chain != null
					&& this.departments.contains(Departments.INTEGRATIONSMANAGEMENT) && Objects.equals(this.userId,
							variable(this.chain.getId(), IntegrationChainProcess.INTEGRATION_MANAGER));
			if (this.integrationManager) {
				involved.add(Departments.INTEGRATIONSMANAGEMENT);
			}
			if (!this.admin && involved.isEmpty()) {
				throw new CaseHiddenException(reference);
			}
			List<CaseView.Stage> stages = new ArrayList<>();
			List<CaseView.Deadline> deadlines = new ArrayList<>();
			for (ChainStage stage : ChainStage.values()) {
				stages.add(stage(stage, deadlines));
			}
			deadlines.sort(Comparator.comparing(CaseView.Deadline::due));
			Map<String, CaseView.Holder> currentlyWith = new LinkedHashMap<>();
			stages.stream()
				.filter((stage) -> stage.holders() != null)
				.flatMap((stage) -> stage.holders().stream())
				.forEach((holder) -> currentlyWith.merge(holder.office(), holder,
						(a, b) -> a.since().isBefore(b.since()) ? a : b));
			String access = this.admin ? "ADMINISTRATION"
					: (this.integrationManager ? "INTEGRATION_MANAGER" : "DEPARTMENT");
			return new CaseView(reference, person(this.admin ? null : involved), List.copyOf(currentlyWith.values()),
					stages, deadlines, new CaseView.Viewer(this.userId, List.copyOf(involved), access));
		}

		private CaseView.Person person(Set<String> involved) {
			Set<PersonDataScope> scope = (involved == null) ? Set.of(PersonDataScope.values())
					: PersonDataScope.of(involved);
			CaseFile f = this.file;
			boolean identity = scope.contains(PersonDataScope.IDENTITY);
			boolean status = scope.contains(PersonDataScope.RESIDENCE_STATUS);
			boolean arrival = scope.contains(PersonDataScope.ARRIVAL);
			boolean address = scope.contains(PersonDataScope.ADDRESS);
			return new CaseView.Person(identity ? f.givenName() : null, identity ? f.familyName() : null,
					identity ? f.birthDate() : null, identity ? f.nationality() : null,
					status ? f.residenceStatus() : null,
					status ? ResidenceStatus.ofCode(f.residenceStatus()).map(ResidenceStatus::label).orElse(null)
							: null,
					arrival ? f.arrivalDate() : null, address ? f.moveInDate() : null, address ? f.district() : null);
		}

		private CaseView.Stage stage(ChainStage stage, List<CaseView.Deadline> deadlines) {
			HistoricActivityInstance activity = chainActivity(stage.chainActivityId());
			String name = stage.label();
			if (activity == null) {
				boolean ended = this.chain == null || this.chain.getEndTime() != null;
				addChainTimers(stage, deadlines, this.admin || this.integrationManager);
				return new CaseView.Stage(stage.name(), name, ended ? "SKIPPED" : "NOT_REACHED",
						ended ? "entfällt" : "noch nicht erreicht", null, null, "OUTLINE", null, null, null, null);
			}
			String instance = stage.isCalled() ? activity.getCalledProcessInstanceId() : this.chain.getId();
			List<HistoricTaskInstance> stageTasks = this.tasks.stream()
				.filter((task) -> Objects.equals(task.getProcessInstanceId(), instance))
				.filter((task) -> stage.isCalled() || stage.chainActivityId().equals(task.getTaskDefinitionKey()))
				.sorted(Comparator.comparing(HistoricTaskInstance::getStartTime))
				.toList();
			boolean detail = this.admin || stageTasks.stream()
				.anyMatch((task) -> this.offices.getOrDefault(task.getId(), Set.of())
					.stream()
					.anyMatch(this.departments::contains));
			String state;
			String stateLabel;
			if (activity.getEndTime() == null) {
				state = "OPEN";
				stateLabel = "in Bearbeitung";
			}
			else if (activity.isCanceled()) {
				state = "CANCELED";
				stateLabel = "abgebrochen";
			}
			else {
				state = "DONE";
				stateLabel = "abgeschlossen";
			}
			List<CaseView.Holder> holders = stageTasks.stream()
				.filter((task) -> task.getEndTime() == null)
				.flatMap((task) -> this.offices.getOrDefault(task.getId(), Set.of())
					.stream()
					.map((office) -> new CaseView.Holder(office, Departments.name(office), time(task.getStartTime()))))
				.toList();
			String waitingFor = ("OPEN".equals(state) && holders.isEmpty() && instance != null)
					? waitingFor(instance, detail) : null;
			if (detail || this.integrationManager) {
				addDeadlines(stage, instance, stageTasks, detail, deadlines);
			}
			return new CaseView.Stage(stage.name(), name, state, stateLabel, time(activity.getStartTime()),
					time(activity.getEndTime()), detail ? "DETAIL" : "OUTLINE", holders, waitingFor,
					detail ? stageTasks.stream().map(this::taskEntry).toList() : null,
					detail ? decisions(stage, instance, stageTasks) : null);
		}

		private HistoricActivityInstance chainActivity(String activityId) {
			if (this.chain == null) {
				return null;
			}
			return CaseViews.this.engine.getHistoryService()
				.createHistoricActivityInstanceQuery()
				.processInstanceId(this.chain.getId())
				.activityId(activityId)
				.orderByHistoricActivityInstanceStartTime()
				.desc()
				.list()
				.stream()
				.findFirst()
				.orElse(null);
		}

		private CaseView.TaskEntry taskEntry(HistoricTaskInstance task) {
			String state = (task.getEndTime() == null) ? "offen"
					: COMPLETED.equals(task.getDeleteReason()) ? "erledigt" : "abgebrochen";
			return new CaseView.TaskEntry(task.getName(),
					this.offices.getOrDefault(task.getId(), Set.of()).stream().map(Departments::name).toList(), state,
					time(task.getStartTime()), time(task.getEndTime()), time(task.getDueDate()));
		}

		private String waitingFor(String instance, boolean detail) {
			List<HistoricActivityInstance> waiting = CaseViews.this.engine.getHistoryService()
				.createHistoricActivityInstanceQuery()
				.processInstanceId(instance)
				.unfinished()
				.list();
			for (HistoricActivityInstance activity : waiting) {
				String what = switch (activity.getActivityType()) {
					case "serviceTask", "sendTask" -> "wartet auf die Antwort einer anderen Stelle";
					case "intermediateMessageCatch", "receiveTask", "messageStartEvent" -> "wartet auf eine Mitteilung";
					case "intermediateTimer" -> "wartet auf einen Termin";
					default -> null;
				};
				if (what != null) {
					return (detail && activity.getActivityName() != null)
							? what + ": " + activity.getActivityName().replace('\n', ' ') : what;
				}
			}
			return "in Bearbeitung";
		}

		private List<CaseView.Decision> decisions(ChainStage stage, String instance,
				List<HistoricTaskInstance> stageTasks) {
			List<CaseView.Decision> decisions = new ArrayList<>();
			for (ChainStage.Decision decision : stage.decisions()) {
				HistoricTaskInstance task = stageTasks.stream()
					.filter((candidate) -> decision.taskDefinitionKey().equals(candidate.getTaskDefinitionKey()))
					.filter((candidate) -> COMPLETED.equals(candidate.getDeleteReason()))
					.max(Comparator.comparing(HistoricTaskInstance::getEndTime))
					.orElse(null);
				if (task == null) {
					continue;
				}
				Object value = variable(instance, decision.variable());
				if (value == null) {
					continue;
				}
				FormField field = CaseViews.this.forms
					.field(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), decision.variable())
					.orElse(null);
				String label = (field != null) ? field.label() : decision.variable();
				decisions.add(new CaseView.Decision(label, display(field, value), time(task.getEndTime())));
			}
			return decisions;
		}

		private void addDeadlines(ChainStage stage, String instance, List<HistoricTaskInstance> stageTasks,
				boolean detail, List<CaseView.Deadline> deadlines) {
			for (HistoricTaskInstance task : stageTasks) {
				if (task.getEndTime() == null && task.getDueDate() != null) {
					String label = detail ? task.getName() : "Aufgabe bei " + String.join(", ",
							this.offices.getOrDefault(task.getId(), Set.of()).stream().map(Departments::name).toList());
					deadlines.add(deadline(stage, label, task.getDueDate()));
				}
			}
			if (instance != null && stage.isCalled()) {
				for (Job timer : CaseViews.this.engine.getManagementService()
					.createJobQuery()
					.processInstanceId(instance)
					.timers()
					.list()) {
					deadlines.add(deadline(stage, timerName(timer), timer.getDuedate()));
				}
			}
			addChainTimers(stage, deadlines, true);
		}

		private void addChainTimers(ChainStage stage, List<CaseView.Deadline> deadlines, boolean visible) {
			if (!visible || this.chain == null || this.chain.getEndTime() != null) {
				return;
			}
			for (Job timer : CaseViews.this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(this.chain.getId())
				.timers()
				.list()) {
				if (stage == ChainStage.ofChainTimer(activityId(timer))) {
					deadlines.add(deadline(stage, timerName(timer), timer.getDuedate()));
				}
			}
		}

		private CaseView.Deadline deadline(ChainStage stage, String label, Date due) {
			return new CaseView.Deadline(stage.label(), label, time(due), due.before(this.now));
		}

		private String activityId(Job job) {
			JobDefinition definition = CaseViews.this.engine.getManagementService()
				.createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult();
			return (definition != null) ? definition.getActivityId() : null;
		}

		private String timerName(Job job) {
			String activityId = activityId(job);
			if (activityId != null && job.getProcessDefinitionId() != null) {
				FlowElement element = CaseViews.this.engine.getRepositoryService()
					.getBpmnModelInstance(job.getProcessDefinitionId())
					.getModelElementById(activityId);
				if (element != null && element.getName() != null) {
					return element.getName().replace('\n', ' ');
				}
			}
			return "Frist";
		}

		private Object variable(String processInstanceId, String name) {
			return CaseViews.this.engine.getHistoryService()
				.createHistoricVariableInstanceQuery()
				.processInstanceId(processInstanceId)
				.variableName(name)
				.disableCustomObjectDeserialization()
				.list()
				.stream()
				.map(HistoricVariableInstance::getValue)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
		}

	}

	/** A value as the form shows it: option labels, German dates, ja/nein. */
	static String display(FormField field, Object value) {
		if (value instanceof Date date) {
			return GERMAN_DATE.format(date.toInstant().atZone(ZONE));
		}
		if (value instanceof Boolean yes) {
			return yes ? "ja" : "nein";
		}
		if (field != null && "datetime".equals(field.type()) && value instanceof String text) {
			try {
				return GERMAN_DATE.format(LocalDate.parse(text));
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		return (field != null) ? field.labelOf(value) : String.valueOf(value);
	}

	static OffsetDateTime time(Date date) {
		return (date != null) ? date.toInstant().atZone(ZONE).toOffsetDateTime() : null;
	}

	/** No case with this reference for this caller: answered 404. */
	static class CaseHiddenException extends RuntimeException {

		CaseHiddenException(String caseReference) {
			super("Case " + caseReference + " not visible");
		}

	}

	/** The caller may see no case at all: answered 403. */
	static class CaseForbiddenException extends RuntimeException {

		CaseForbiddenException() {
			super("No case is visible to the caller's roles");
		}

	}

}
