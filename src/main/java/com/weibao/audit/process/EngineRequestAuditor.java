package com.weibao.audit.process;

import com.weibao.audit.AuditOutcome;
import com.weibao.audit.AuditRecord;
import com.weibao.audit.AuditSurface;
import com.weibao.audit.AuditTrail;
import com.weibao.audit.AuditedObjects;
import com.weibao.platform.engine.EngineCalls;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits what Camunda's own APIs (/engine-rest, and /camunda/api/engine behind Tasklist, Cockpit and Admin) do with
 * a case's data that the engine's user operation log does not record: reading a task's form or a process's
 * variables (the case view), querying variable instances, refused attempts to complete a task or change a process,
 * and every change of users, groups, tenants and authorizations with the client's address (the operation log has
 * the details). Successful task completions are recorded by the case (its changes) and by the operation log.
 */
public class EngineRequestAuditor extends OncePerRequestFilter {

    private static final String ENGINE = "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)";
    private static final Pattern TASK_READ = Pattern.compile(ENGINE + "/task/([^/]+)/(?:form-variables|variables)");
    private static final Pattern TASK_CHANGE = Pattern.compile(ENGINE + "/task/([^/]+)(?:/.*)?$");
    private static final Pattern INSTANCE = Pattern.compile(ENGINE + "/process-instance/([^/]+)/variables");
    private static final Pattern VARIABLE_QUERY = Pattern.compile(ENGINE + "/(?:history/)?variable-instance");
    private static final Pattern PROCESS_CHANGE = Pattern.compile(ENGINE
            + "/(?:process-instance|execution|message|process-definition|signal|job|incident)(?:/.*)?$");
    private static final Pattern IDENTITY = Pattern.compile(ENGINE + "/(user|group|tenant|authorization)(?:/(.*))?$");
    private static final Pattern MEMBER = Pattern.compile("(?:^|/)(?:user-)?members/([^/]+)");
    private static final Pattern HOSPITAL_GROUP = Pattern.compile("hospital-(?:it|clinical)-([a-zA-Z0-9._-]+)");

    private final AuditTrail trail;
    private final EngineCalls engineCalls;
    private final HistoryService history;
    private final AuditedObjects users;
    private final Clock clock;

    EngineRequestAuditor(AuditTrail trail, EngineCalls engineCalls, HistoryService history, AuditedObjects users,
                         Clock clock) {
        this.trail = trail;
        this.engineCalls = engineCalls;
        this.history = history;
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean read = "GET".equals(request.getMethod());
            int status = response.getStatus();
            if (status != HttpServletResponse.SC_UNAUTHORIZED) {
                audit(request, path, read, status);
            }
        }
    }

    private void audit(HttpServletRequest request, String path, boolean read, int status) {
        AuditOutcome outcome = status >= 500 ? AuditOutcome.FAILED
                : status >= 400 ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS;
        Matcher m;
        if (read && (m = TASK_READ.matcher(path)).find()) {
            record(request, "CASE_READ", ofTask(m.group(1)), outcome, "task form " + path);
        } else if (read && (m = INSTANCE.matcher(path)).find()) {
            record(request, "CASE_READ", ofInstance(m.group(1)), outcome, "process variables " + path);
        } else if (read && VARIABLE_QUERY.matcher(path).find()) {
            record(request, "ENGINE_VARIABLE_QUERY", new Subject(null, null, null), outcome,
                    path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        } else if (!read && (m = IDENTITY.matcher(path)).find()) {
            String action = "authorization".equals(m.group(1)) ? "AUTHORIZATION_CHANGE" : "IDENTITY_CHANGE";
            record(request, action, ofIdentity(m.group(1), m.group(2)), outcome, request.getMethod() + " " + path);
        } else if (!read && outcome != AuditOutcome.SUCCESS && (m = TASK_CHANGE.matcher(path)).find()
                && !"count".equals(m.group(1))) {
            record(request, "TASK_CHANGE", ofTask(m.group(1)), outcome, request.getMethod() + " " + path);
        } else if (!read && outcome != AuditOutcome.SUCCESS && PROCESS_CHANGE.matcher(path).find()
                && !path.endsWith("/count")) {
            record(request, "PROCESS_CHANGE", new Subject(null, null, null), outcome,
                    request.getMethod() + " " + path);
        }
    }

    private void record(HttpServletRequest request, String action, Subject subject, AuditOutcome outcome,
                        String detail) {
        trail.record(new AuditRecord(clock.instant(), user(request), request.getRemoteAddr(), surface(request),
                action, subject.type(), subject.id(), subject.hospital(), outcome, detail + " → "
                + outcomeStatus(outcome)));
    }

    private static String outcomeStatus(AuditOutcome outcome) {
        return outcome.name().toLowerCase();
    }

    /** The case (or inspection) a task belongs to and its hospital, whoever may see it. */
    private Subject ofTask(String taskId) {
        HistoricTaskInstance task = engineCalls.asApplication(() ->
                history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
        return task == null || task.getProcessInstanceId() == null ? new Subject("TASK", taskId, null)
                : ofInstance(task.getProcessInstanceId());
    }

    private Subject ofInstance(String processInstanceId) {
        HistoricProcessInstance instance = engineCalls.asApplication(() ->
                history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
        if (instance == null) {
            return new Subject("PROCESS", processInstanceId, null);
        }
        String type = switch (instance.getProcessDefinitionKey()) {
            case "CaseProcess" -> "CASE";
            case "InspectionProcess" -> "INSPECTION";
            default -> "PROCESS";
        };
        String id = instance.getBusinessKey() != null ? instance.getBusinessKey() : processInstanceId;
        return new Subject(type, id, instance.getTenantId());
    }

    /**
     * A hospital's group or tenant, or a hospital user (the user changed, or made a member): that hospital sees who
     * changed its access.
     */
    private Subject ofIdentity(String resource, String rest) {
        String id = rest == null || rest.isEmpty() ? null : rest.split("/")[0];
        String hospital = null;
        if (rest != null) {
            Matcher group = HOSPITAL_GROUP.matcher(rest);
            Matcher member = MEMBER.matcher(rest);
            if (group.find()) {
                hospital = group.group(1);
            } else if ("tenant".equals(resource) && id != null && !"create".equals(id)) {
                hospital = id;
            } else if (member.find()) {
                hospital = users.hospitalOfUser(member.group(1));
            } else if ("user".equals(resource) && id != null) {
                hospital = users.hospitalOfUser(id);
            }
        }
        return new Subject(resource.toUpperCase(), id, hospital);
    }

    /** The user Camunda authenticated: HTTP Basic for /engine-rest, the webapp session for /camunda/api. */
    private static String user(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return colon < 0 ? credentials : credentials.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine("default");
        return authentication == null ? null : authentication.getIdentityId();
    }

    private static AuditSurface surface(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")
                ? AuditSurface.ENGINE_REST : AuditSurface.WEBAPP;
    }

    private record Subject(String type, String id, String hospital) {
    }
}
