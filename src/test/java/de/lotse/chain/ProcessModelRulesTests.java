package de.lotse.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.lotse.agency.AgencyCalls;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every process in {@code processes/} keeps, the same that Camunda Modeler
 * lints with {@code processes/.bpmnlintrc}, plus the project's own: meaningful ids, a
 * department and an existing form on every user task, and a worker (or a pending entry)
 * for every agency topic. Checked with the Camunda model API, so the build needs no Node.
 */
class ProcessModelRulesTests {

	/** Ids as Camunda Modeler generates them, e.g. {@code Activity_0x8f2k}. */
	private static final Pattern GENERATED_ID = Pattern
		.compile(".*_(?=[0-9a-z]{7}$)(?=.*\\d)[0-9a-z]{7}|.*_[0-9a-f]{8}-.*|sid-.*");

	private static final Pattern TOPIC = Pattern.compile("agency\\.[a-z]+\\.[a-z]+(-[a-z0-9]+)*");

	private static final Set<String> DEPARTMENTS = Set.of("auslaenderbehoerde", "meldebehoerde", "sozialamt",
			"jobcenter", "einbuergerungsbehoerde", "jugendamt", "integrationsmanagement");

	static Stream<Path> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			List<Path> models = files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
			assertThat(models).as("BPMN models in processes/").isNotEmpty();
			return models.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyProcessIsExecutableWithHistoryTimeToLive(Path file) {
		for (Process process : read(file).getModelElementsByType(Process.class)) {
			assertThat(process.isExecutable()).as("%s: %s executable", file, process.getId()).isTrue();
			assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s: historyTimeToLive", file).isNotBlank();
			assertThat(process.getName()).as("%s: German process name", file).isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyActivityAndEventIsDocumentedForDesigners(Path file) {
		List<String> undocumented = read(file).getModelElementsByType(FlowNode.class)
			.stream()
			.filter((node) -> node instanceof Activity || node instanceof BoundaryEvent
					|| node instanceof org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent)
			.filter((node) -> node.getDocumentations().stream().allMatch((doc) -> doc.getTextContent().isBlank()))
			.map(FlowNode::getId)
			.toList();
		assertThat(undocumented).as("%s: activities and events without documentation", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void noIdIsGenerated(Path file) {
		List<String> generated = read(file).getModelElementsByType(BaseElement.class)
			.stream()
			.map(BaseElement::getId)
			.filter((id) -> id != null && GENERATED_ID.matcher(id).matches())
			.toList();
		assertThat(generated).as("%s: generated ids", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyFlowNodeHasALabelExceptPlainGatewaysAndEvents(Path file) {
		List<String> unlabelled = read(file).getModelElementsByType(FlowNode.class)
			.stream()
			.filter((node) -> node instanceof Activity
					|| (node instanceof Gateway && node.getOutgoing().size() > 1 && node.getIncoming().size() <= 1)
					|| node instanceof StartEvent || node instanceof EndEvent || node instanceof BoundaryEvent)
			.filter((node) -> node.getName() == null || node.getName().isBlank())
			.map(FlowNode::getId)
			.toList();
		assertThat(unlabelled).as("%s: elements without a name", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyScopeHasStartAndEndAndNoDisconnectedNodes(Path file) {
		BpmnModelInstance model = read(file);
		List<ModelElementInstance> scopes = new ArrayList<>(model.getModelElementsByType(Process.class));
		scopes.addAll(model.getModelElementsByType(SubProcess.class));
		for (ModelElementInstance scope : scopes) {
			Collection<FlowElement> elements = (scope instanceof Process process) ? process.getFlowElements()
					: ((SubProcess) scope).getFlowElements();
			String id = ((BaseElement) scope).getId();
			assertThat(elements).as("%s: %s has a start event", file, id).anyMatch(StartEvent.class::isInstance);
			assertThat(elements).as("%s: %s has an end event", file, id).anyMatch(EndEvent.class::isInstance);
		}
		List<String> disconnected = model.getModelElementsByType(FlowNode.class)
			.stream()
			.filter((node) -> !(node instanceof BoundaryEvent))
			.filter((node) -> node.getIncoming().isEmpty() && node.getOutgoing().isEmpty())
			.map(FlowNode::getId)
			.toList();
		assertThat(disconnected).as("%s: disconnected elements", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void noImplicitSplitsOrJoinsOnActivities(Path file) {
		List<String> implicit = new ArrayList<>();
		for (Activity activity : read(file).getModelElementsByType(Activity.class)) {
			if (activity.getIncoming().size() > 1) {
				implicit.add(activity.getId() + " joins implicitly");
			}
			if (activity.getOutgoing().size() > 1) {
				implicit.add(activity.getId() + " splits implicitly");
			}
		}
		assertThat(implicit).as("%s: implicit splits and joins", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void exclusiveGatewaysHaveConditionsOrADefaultOnEveryOutgoingFlow(Path file) {
		List<String> unconditioned = new ArrayList<>();
		for (ExclusiveGateway gateway : read(file).getModelElementsByType(ExclusiveGateway.class)) {
			if (gateway.getOutgoing().size() < 2) {
				continue;
			}
			for (SequenceFlow flow : gateway.getOutgoing()) {
				if (flow.getConditionExpression() == null && flow != gateway.getDefault()) {
					unconditioned.add(flow.getId());
				}
			}
		}
		assertThat(unconditioned).as("%s: flows without condition after an exclusive gateway", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyFlowNodeIsDrawnWithoutOverlaps(Path file) {
		BpmnModelInstance model = read(file);
		Set<String> drawn = new HashSet<>();
		List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
		shapes.forEach((shape) -> drawn.add(shape.getBpmnElement().getId()));
		List<String> undrawn = model.getModelElementsByType(FlowNode.class)
			.stream()
			.map(FlowNode::getId)
			.filter((id) -> !drawn.contains(id))
			.toList();
		assertThat(undrawn).as("%s: elements without a shape in the diagram", file).isEmpty();

		List<String> overlaps = new ArrayList<>();
		List<BpmnShape> nodes = shapes.stream()
			.filter((shape) -> shape.getBpmnElement() instanceof FlowNode)
			.filter((shape) -> !(shape.getBpmnElement() instanceof BoundaryEvent))
			.filter((shape) -> !(shape.getBpmnElement() instanceof SubProcess))
			.toList();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				if (overlap(nodes.get(i).getBounds(), nodes.get(j).getBounds())) {
					overlaps.add(nodes.get(i).getBpmnElement().getId() + " / " + nodes.get(j).getBpmnElement().getId());
				}
			}
		}
		assertThat(overlaps).as("%s: overlapping shapes", file).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyUserTaskHasADepartmentAGermanNameAndAnExistingForm(Path file) {
		for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
			String where = file + ": " + task.getId();
			assertThat(task.getCamundaCandidateGroups()).as("%s candidate group", where).isNotBlank();
			assertThat(task.getCamundaCandidateGroupsList()).as("%s candidate groups", where)
				.allSatisfy((group) -> assertThat(DEPARTMENTS.contains(group) || group.startsWith("${"))
					.as("%s: '%s' is a department or an expression", where, group)
					.isTrue());
			assertThat(task.getCamundaFormRef()).as("%s formRef", where).isNotBlank();
			assertThat(Path.of("forms", task.getCamundaFormRef() + ".form")).as("%s form file", where).exists();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyAgencyTopicIsWellFormedAndServedOrPending(Path file) throws IOException {
		Set<String> pending = pendingTopics();
		Set<String> served = Set.copyOf(AgencyCalls.topics());
		assertThat(pending).as("topics listed as pending although a worker serves them")
			.doesNotContainAnyElementsOf(served);
		for (ServiceTask task : read(file).getModelElementsByType(ServiceTask.class)) {
			String where = file + ": " + task.getId();
			assertThat(task.getCamundaType()).as("%s is an external task", where).isEqualTo("external");
			assertThat(task.getCamundaTopic()).as("%s topic", where).matches(TOPIC);
			assertThat(served.contains(task.getCamundaTopic()) || pending.contains(task.getCamundaTopic()))
				.as("%s: topic %s without worker and not pending", where, task.getCamundaTopic())
				.isTrue();
		}
	}

	static Set<String> pendingTopics() throws IOException {
		return Files.readAllLines(Path.of("processes", "pending-topics.txt"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.collect(java.util.stream.Collectors.toSet());
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	private static BpmnModelInstance read(Path file) {
		return Bpmn.readModelFromFile(file.toFile());
	}

}
