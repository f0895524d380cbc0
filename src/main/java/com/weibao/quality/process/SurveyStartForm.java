package com.weibao.quality.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's start form (Camunda Form {@value #FORM_KEY}) with the contracts to choose from: Tasklist gives a
 * start form no variables, so the contract dropdown's options are written into the form from the template
 * {@code forms/satisfaction-survey-start.form.json} and deployed once the contracts are imported (and again when
 * they differ); the start event references the latest version. Who may start for which contract is checked when
 * the survey opens, not by the list.
 */
@Component
class SurveyStartForm {

    static final String FORM_KEY = "satisfaction-survey-start";
    static final String TEMPLATE = "/" + FORM_KEY + ".form.json";
    static final String SOURCE = "weibao-survey-start-form";

    private final RepositoryService repository;
    private final ContractService contracts;
    private final ObjectMapper json = new ObjectMapper();

    SurveyStartForm(RepositoryService repository, ContractService contracts) {
        this.repository = repository;
        this.contracts = contracts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void publish() {
        String schema = schema();
        if (!schema.equals(deployed())) {
            repository.createDeployment().name(FORM_KEY).source(SOURCE)
                    .addString(FORM_KEY + ".form", schema).deploy();
        }
    }

    /** The template with one option per contract: its name and hospital shown, its code submitted. */
    String schema() {
        try (InputStream in = getClass().getResourceAsStream(TEMPLATE)) {
            ObjectNode form = (ObjectNode) json.readTree(in);
            for (JsonNode component : form.withArray("components")) {
                if (SurveyProcess.CONTRACT_CODE.equals(component.path("key").asText())) {
                    ArrayNode values = ((ObjectNode) component).putArray("values");
                    contracts.all().stream().sorted(Comparator.comparing(Contract::getCode)).forEach(c ->
                            values.addObject().put("label", c.getName() + "（" + c.getHospital().getName() + "）")
                                    .put("value", c.getCode()));
                }
            }
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(form);
        } catch (IOException e) {
            throw new UncheckedIOException("the survey's start form template " + TEMPLATE, e);
        }
    }

    /** The latest deployed version's schema, or null. */
    private String deployed() {
        var latest = repository.createDeploymentQuery().deploymentName(FORM_KEY).orderByDeploymentTime().desc()
                .listPage(0, 1);
        if (latest.isEmpty()) {
            return null;
        }
        try (InputStream in = repository.getResourceAsStream(latest.get(0).getId(), FORM_KEY + ".form")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
