package de.lotse.steering.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import de.lotse.chain.IntegrationChainProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import org.springframework.stereotype.Component;

/**
 * The BPMN models of the chain as the steering page draws them: the latest version of
 * {@code integration-chain} and of each stage's process. Read as a technical step: the
 * Lenkungsgruppe has no engine permission on process definitions, and needs none for the
 * picture of a model (which holds no case data).
 */
@Component
class ChainModels {

	private static final List<Class<? extends FlowNode>> WAITING_ELEMENTS = List.of(UserTask.class, CallActivity.class,
			ReceiveTask.class, ServiceTask.class, SendTask.class, IntermediateCatchEvent.class,
			EventBasedGateway.class);

	private final RepositoryService repository;

	private final IdentityService identity;

	ChainModels(RepositoryService repository, IdentityService identity) {
		this.repository = repository;
		this.identity = identity;
	}

	/**
	 * Whether the steering figures show this process.
	 * @param processKey a process key
	 * @return {@code true} for the chain and its stages
	 */
	static boolean isChainProcess(String processKey) {
		return IntegrationChainProcess.KEY.equals(processKey) || Stage.byId(processKey).isPresent();
	}

	/**
	 * The chain's process keys, the chain first.
	 * @return the keys
	 */
	static List<String> processKeys() {
		List<String> keys = new ArrayList<>();
		keys.add(IntegrationChainProcess.KEY);
		Arrays.stream(Stage.values()).map(Stage::id).forEach(keys::add);
		return keys;
	}

	/**
	 * The BPMN XML of the latest version.
	 * @param processKey a chain process key
	 * @return the XML, or empty when the process is not deployed
	 */
	Optional<byte[]> xml(String processKey) {
		return technical(() -> latest(processKey).map((definition) -> {
			try (InputStream xml = this.repository.getProcessModel(definition.getId())) {
				return xml.readAllBytes();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Model of " + processKey + " not readable", ex);
			}
		}));
	}

	/**
	 * The elements of the latest version where a case can wait, with their names.
	 * @param processKey a chain process key
	 * @return element id to name, in the model's order
	 */
	Map<String, String> waitingElements(String processKey) {
		return technical(() -> {
			Map<String, String> elements = new LinkedHashMap<>();
			latest(processKey).ifPresent((definition) -> {
				BpmnModelInstance model = this.repository.getBpmnModelInstance(definition.getId());
				for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
					if (WAITING_ELEMENTS.stream().anyMatch((type) -> type.isInstance(node))) {
						elements.put(node.getId(), (node.getName() != null) ? node.getName() : node.getId());
					}
				}
			});
			return elements;
		});
	}

	private Optional<ProcessDefinition> latest(String processKey) {
		return Optional.ofNullable(this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.withoutTenantId()
			.singleResult());
	}

	private <T> T technical(Supplier<T> call) {
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return call.get();
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

}
