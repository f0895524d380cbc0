package com.weibao.platform.engine;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webapps' own engine API (/camunda/api/engine, what Tasklist calls) answers what the caller got wrong as
 * /engine-rest does ({@link EngineRestConfiguration}): a form the case refuses is the user's 400 with the reasons,
 * not a 500 with a stack trace. Camunda's webapp starter registers that API as the servlet "Engine Api" unless a
 * servlet of that name exists; this registers it first (initializers without an order run last), with Camunda's
 * application, Weibao's exception mappers and the caller's {@link FormChoices}.
 */
@Configuration
class WebappEngineApi {

    /** Camunda's name for the servlet, which its starter leaves alone when it is taken. */
    static final String SERVLET_NAME = "Engine Api";

    @Bean
    ServletRegistrationBean<ServletContainer> webappEngineApiServlet(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
                applicationPath + "/api/engine/*");
        registration.setName(SERVLET_NAME);
        registration.addInitParameter("jakarta.ws.rs.Application", Application.class.getName());
        registration.setOrder(0);
        return registration;
    }

    /** Camunda's engine API for the webapps, with the mappers of /engine-rest for refused forms and calls. */
    public static class Application extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.add(EngineRestConfiguration.InvalidFormMapper.class);
            classes.add(EngineRestConfiguration.RefusedByListenerMapper.class);
            classes.add(EngineRestConfiguration.RefusedFormSubmissionMapper.class);
            classes.add(FormChoicesFilter.class);
            return classes;
        }
    }
}
