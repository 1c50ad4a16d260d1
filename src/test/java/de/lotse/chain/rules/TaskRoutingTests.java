package de.lotse.chain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import de.lotse.chain.rules.Decisions.Evaluation;
import de.lotse.directory.Departments;
import de.lotse.directory.Teams;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import static de.lotse.worklist.WorklistDecisions.TASK_ROUTING;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class TaskRoutingTests {

	@Test
	void sozialamtTaskOfAPersonInStyrumGoesToTeamNord() {
		assertRouting(routing("sozialamt", "Task_AdmitToMunicipalAccommodation", "Styrum", null), "Rule_SozialamtNorth",
				Teams.SOZIALAMT_NORD);
	}

	@Test
	void sozialamtTaskOfAPersonInDuemptenOrEppinghofenGoesToTeamNord() {
		assertRouting(routing("sozialamt", "Task_DecideAsylblg", "Dümpten", "ar"), "Rule_SozialamtNorth",
				Teams.SOZIALAMT_NORD);
		assertRouting(routing("sozialamt", "Task_DecideAsylblg", "Eppinghofen", null), "Rule_SozialamtNorth",
				Teams.SOZIALAMT_NORD);
	}

	@Test
	void sozialamtTaskOfAPersonInSaarnGoesToTeamSued() {
		assertRouting(routing("sozialamt", "Task_RecordBenefitFacts", "Saarn", null), "Rule_SozialamtSouth",
				Teams.SOZIALAMT_SUED);
	}

	@Test
	void sozialamtTaskOfAPersonInHeissenLeftOfTheRuhrGoesToTeamSued() {
		assertRouting(routing("sozialamt", "Task_RecordBenefitFacts", "Heißen", null), "Rule_SozialamtSouth",
				Teams.SOZIALAMT_SUED);
		assertRouting(routing("sozialamt", "Task_RecordBenefitFacts", "Speldorf", null), "Rule_SozialamtSouth",
				Teams.SOZIALAMT_SUED);
	}

	@Test
	void sozialamtTaskOfADistrictNoTeamCoversStaysWithTheWholeDepartment() {
		assertRouting(routing("sozialamt", "Task_RecordBenefitFacts", "Altstadt I", null), "Rule_ModelDepartment",
				null);
	}

	@Test
	void sozialamtTaskWithoutADistrictStaysWithTheWholeDepartment() {
		assertRouting(routing("sozialamt", "Task_RecordBenefitFacts", null, null), "Rule_ModelDepartment", null);
	}

	@Test
	void districtsAreComparedExactlySoAnUnknownSpellingFallsBackToTheDepartment() {
		assertRouting(routing("sozialamt", "Task_RecordBenefitFacts", "styrum", null), "Rule_ModelDepartment", null);
	}

	@Test
	void integrationsmanagementTaskWithArabicLanguageNeedsGoesToTheArabicTeam() {
		assertRouting(routing("integrationsmanagement", "Task_IntakeAppointment", "Styrum", "ar"),
				"Rule_IntegrationsmanagementArabic", Teams.INTEGRATIONSMANAGEMENT_ARABISCH);
	}

	@Test
	void integrationsmanagementTaskWithUkrainianLanguageNeedsGoesToTheUkrainianTeam() {
		assertRouting(routing("integrationsmanagement", "Task_EscalateRegistrationDeadline", "Saarn", "uk"),
				"Rule_IntegrationsmanagementUkrainian", Teams.INTEGRATIONSMANAGEMENT_UKRAINISCH);
	}

	@Test
	void integrationsmanagementTaskWithOtherLanguageNeedsStaysWithTheWholeDepartment() {
		assertRouting(routing("integrationsmanagement", "Task_IntakeAppointment", "Styrum", "fa"),
				"Rule_ModelDepartment", null);
	}

	@Test
	void integrationsmanagementTaskWithoutLanguageNeedsStaysWithTheWholeDepartment() {
		assertRouting(routing("integrationsmanagement", "Task_IntakeAppointment", "Styrum", null),
				"Rule_ModelDepartment", null);
	}

	@Test
	void otherDepartmentsKeepTheirTasksWhateverTheDistrictOrLanguage() {
		for (String department : List.of(Departments.MELDEBEHOERDE, Departments.JOBCENTER,
				Departments.AUSLAENDERBEHOERDE, Departments.EINBUERGERUNGSBEHOERDE, Departments.JUGENDAMT)) {
			assertRouting(routing(department, "Task_Any", "Styrum", "ar"), "Rule_ModelDepartment", null);
		}
	}

	@Test
	void everyTeamTheTableNamesIsATeamOfTheDepartmentOfItsRule() throws IOException {
		try (InputStream model = getClass().getResourceAsStream("/processes/task-routing.dmn")) {
			for (Rule rule : Dmn.readModelFromStream(model).getModelElementsByType(Rule.class)) {
				String department = unquote(rule.getInputEntries().iterator().next().getTextContent());
				String routedDepartment = unquote(rule.getOutputEntries().iterator().next().getTextContent());
				String team = unquote(List.copyOf(rule.getOutputEntries()).get(1).getTextContent());
				if (!routedDepartment.isEmpty()) {
					assertThat(Departments.ids()).as(rule.getId()).contains(routedDepartment);
					department = routedDepartment;
				}
				if (!team.isEmpty()) {
					assertThat(Teams.ofDepartment(department)).as(rule.getId()).contains(team);
				}
			}
		}
	}

	private static String unquote(String entry) {
		String text = (entry != null) ? entry.strip() : "";
		return text.equals("-") ? "" : text.replace("\"", "");
	}

	private static Evaluation routing(String department, String task, String district, String language) {
		return evaluate(TASK_ROUTING, "department", department, "taskDefinitionKey", task, "processDefinitionKey",
				"any-process", "district", district, "interpreterLanguage", language);
	}

	private static void assertRouting(Evaluation evaluation, String rule, String team) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(output(evaluation, "department")).as("department").isNull();
		assertThat(output(evaluation, "team")).as("team").isEqualTo(team);
	}

	/** An output; an empty output entry leaves the output out of the result. */
	private static Object output(Evaluation evaluation, String name) {
		return evaluation.result().getSingleResult().getEntryMap().get(name);
	}

}
