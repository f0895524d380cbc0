package com.weibao.platform.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weibao.platform.security.Caller;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Fills the {@link FormChoices} of the caller into the Camunda Forms the engine API hands out
 * ({@code .../deployed-start-form}, {@code .../deployed-form}), in the webapps' API (Tasklist) and in /engine-rest.
 * The user is the one the API authenticated for this request; without one, or for a form no bean contributes to,
 * the schema passes unchanged.
 */
public class FormChoicesFilter implements ContainerResponseFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Context
    private ServletContext servletContext;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() != 200 || !(path.endsWith("/deployed-start-form") || path.endsWith("/deployed-form"))
                || !(response.getEntity() instanceof InputStream form)) {
            return;
        }
        byte[] schema;
        try (form) {
            schema = form.readAllBytes();
        }
        response.setEntity(withChoices(schema), null, response.getMediaType());
    }

    private byte[] withChoices(byte[] schema) {
        ApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        List<FormChoices> contributions = spring.getBeanProvider(FormChoices.class).orderedStream().toList();
        JsonNode form;
        try {
            form = JSON.readTree(schema);
        } catch (IOException notJson) {
            return schema;
        }
        String formId = form.path("id").asText();
        List<FormChoices> mine = contributions.stream().filter(c -> c.formId().equals(formId)).toList();
        if (mine.isEmpty() || !form.path("components").isArray()) {
            return schema;
        }
        Authentication user = spring.getBean(ProcessEngine.class).getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return schema;
        }
        Caller caller = spring.getBean(EngineCallers.class).caller(user.getUserId());
        for (FormChoices choices : mine) {
            for (JsonNode component : form.path("components")) {
                if (choices.fieldKey().equals(component.path("key").asText())) {
                    ArrayNode values = ((ObjectNode) component).putArray("values");
                    choices.choicesFor(caller).forEach(c -> values.addObject().put("label", c.label())
                            .put("value", c.value()));
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(form);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
