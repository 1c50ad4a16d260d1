package de.lotse.chain;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model conventions of the chain processes: meaningful ids, German names and
 * documentation, department groups, agency topics, deadlines with escalation, explicit
 * call-activity contracts and a complete diagram.
 */
class ChainModelTests {

	private static final Set<String> GROUPS = Set.of("auslaenderbehoerde", "meldebehoerde", "sozialamt", "jobcenter",
			"einbuergerungsbehoerde", "jugendamt", "integrationsmanagement");

	private static final Pattern MEANINGFUL_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");

	private static final Pattern GENERATED_ID = Pattern.compile("_[0-9][a-z0-9]{4,}$");

	private static final Pattern TOPIC = Pattern.compile(
			"^agency\\.(meldebehoerde|auslaenderbehoerde|sozialamt|jobcenter|bamf|kurstraeger|einbuergerungsbehoerde"
					+ "|bundeszentralregister|verfassungsschutz|auslaenderzentralregister|jugendamt|bezirksregierung)"
					+ "\\.[a-z]+(-[a-z]+)*$");

	static List<String> processes() {
		return List.of(IntegrationChainProcess.KEY, ArrivalProcess.KEY, RegistrationProcess.KEY,
				BenefitClaimProcess.KEY, JobcentreReferralProcess.KEY);
	}

	@ParameterizedTest
	@MethodSource("processes")
	void processIsExecutableWithHistoryTimeToLiveAndModelerMetadata(String key) {
		BpmnModelInstance model = read(key);
		Definitions definitions = model.getDefinitions();
		assertThat(definitions.getExporter()).isEqualTo("Camunda Modeler");
		assertThat(definitions.getExporterVersion()).isEqualTo("5.40.0");
		Process process = model.getModelElementById(key);
		assertThat(process).as("process with id %s", key).isNotNull();
		assertThat(process.isExecutable()).isTrue();
		assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
		assertThat(process.getName()).isNotBlank();
		assertThat(process.getDocumentations()).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("processes")
	void everyElementHasAMeaningfulIdAndEveryNodeAName(String key) {
		BpmnModelInstance model = read(key);
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			assertThat(element.getId()).matches(MEANINGFUL_ID).doesNotContainPattern(GENERATED_ID);
			if (element instanceof FlowNode) {
				assertThat(element.getName()).as("name of %s", element.getId()).isNotBlank();
			}
		}
		for (Message message : model.getModelElementsByType(Message.class)) {
			assertThat(message.getId()).isEqualTo("Message_" + message.getName());
		}
		for (Error error : model.getModelElementsByType(Error.class)) {
			assertThat(error.getErrorCode()).matches("^[A-Z]+(_[A-Z0-9]+)*$");
			assertThat(error.getName()).isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("processes")
	void userTasksGoToOneDepartmentWithAFormAndDocumentation(String key) {
		for (UserTask task : read(key).getModelElementsByType(UserTask.class)) {
			String groups = task.getCamundaCandidateGroups();
			assertThat(groups).as("candidate group of %s", task.getId()).isNotBlank();
			if (groups.startsWith("${")) {
				assertThat(groups.split("'")).as("groups named in %s", groups)
					.filteredOn((part) -> part.matches("^[a-z]+$"))
					.isNotEmpty()
					.allMatch(GROUPS::contains);
			}
			else {
				assertThat(groups).isIn(GROUPS);
			}
			assertThat(task.getCamundaFormRef()).startsWith(key + "-");
			assertThat(task.getDocumentations()).as("documentation of %s", task.getId()).isNotEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("processes")
	void missedDeadlinesEscalateToTheIntegrationManagerWithoutCancellingTheWork(String key) {
		BpmnModelInstance model = read(key);
		for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
			if (!boundary.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
				assertThat(boundary.cancelActivity()).as("%s is non-interrupting", boundary.getId()).isFalse();
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (task.getName().startsWith("Frist überschritten: ")) {
				assertThat(task.getIncoming()).allMatch((flow) -> flow.getSource() instanceof BoundaryEvent);
				assertThat(task.getCamundaCandidateGroups()).isEqualTo("integrationsmanagement");
				assertThat(task.getCamundaAssignee()).contains(IntegrationChainProcess.INTEGRATION_MANAGER);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("processes")
	void agencyCallsAreExternalTasksOnAgencyTopics(String key) {
		for (ServiceTask task : read(key).getModelElementsByType(ServiceTask.class)) {
			assertThat(task.getCamundaType()).isEqualTo("external");
			assertThat(task.getCamundaTopic()).matches(TOPIC);
		}
	}

	@ParameterizedTest
	@MethodSource("processes")
	void onlyTheChainCallsStagesAndPassesTheBusinessKeyAndExplicitVariables(String key) {
		Collection<CallActivity> calls = read(key).getModelElementsByType(CallActivity.class);
		if (!IntegrationChainProcess.KEY.equals(key)) {
			assertThat(calls).isEmpty();
		}
		for (CallActivity call : calls) {
			Collection<CamundaIn> ins = call.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaIn.class)
				.list();
			assertThat(ins).anyMatch((in) -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
			assertThat(ins).noneMatch((in) -> "all".equals(in.getCamundaVariables()));
		}
	}

	@ParameterizedTest
	@MethodSource("processes")
	void diagramShowsEveryElement(String key) {
		BpmnModelInstance model = read(key);
		Set<String> shown = new java.util.HashSet<>();
		model.getModelElementsByType(BpmnShape.class).forEach((shape) -> shown.add(shape.getBpmnElement().getId()));
		model.getModelElementsByType(BpmnEdge.class).forEach((edge) -> shown.add(edge.getBpmnElement().getId()));
		assertThat(model.getModelElementsByType(FlowElement.class)).extracting(BaseElement::getId)
			.allMatch(shown::contains);
		model.getModelElementsByType(BpmnShape.class)
			.forEach((shape) -> assertThat(shape.getId()).isEqualTo(shape.getBpmnElement().getId() + "_di"));
	}

	private static BpmnModelInstance read(String key) {
		return Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile());
	}

}
