package com.weibao.audit.process;

import com.weibao.audit.AuditFilter;
import com.weibao.audit.AuditItem;
import com.weibao.audit.EngineOperationLog;
import com.weibao.platform.engine.EngineCalls;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * Camunda's user operation log (ACT_HI_OP_LOG: task, variable, process instance, identity and authorization
 * operations of authenticated users) as audit items. A hospital sees the operations in its tenant; identity
 * operations have no tenant and are for the vendor's administrators.
 */
@Component
class CamundaOperationLog implements EngineOperationLog {

    private final HistoryService history;
    private final EngineCalls engineCalls;

    CamundaOperationLog(HistoryService history, EngineCalls engineCalls) {
        this.history = history;
        this.engineCalls = engineCalls;
    }

    @Override
    public List<AuditItem> newest(AuditFilter filter, int max) {
        if (!filter.includes(AuditItem.ENGINE) || max <= 0) {
            return List.of();
        }
        return engineCalls.asApplication(() -> query(filter).orderByTimestamp().desc().listPage(0, max)).stream()
                .map(CamundaOperationLog::item).toList();
    }

    @Override
    public long count(AuditFilter filter) {
        return filter.includes(AuditItem.ENGINE) ? engineCalls.asApplication(() -> query(filter).count()) : 0;
    }

    private UserOperationLogQuery query(AuditFilter filter) {
        UserOperationLogQuery query = history.createUserOperationLogQuery();
        if (filter.from() != null) {
            query.afterTimestamp(java.util.Date.from(filter.from()));
        }
        if (filter.to() != null) {
            query.beforeTimestamp(java.util.Date.from(filter.to()));
        }
        if (filter.hospitals() != null) {
            query.tenantIdIn(filter.hospitals().toArray(String[]::new));
        }
        if (filter.actor() != null) {
            query.userId(filter.actor());
        }
        if (filter.action() != null) {
            query.operationType(filter.action());
        }
        if (filter.objectId() != null) {
            query.processInstanceId(filter.objectId());
        }
        return query;
    }

    private static AuditItem item(UserOperationLogEntry e) {
        String object = e.getTaskId() != null ? e.getTaskId() : e.getProcessInstanceId() != null
                ? e.getProcessInstanceId() : e.getJobId() != null ? e.getJobId() : e.getDeploymentId();
        StringBuilder detail = new StringBuilder();
        if (e.getProperty() != null) {
            detail.append(e.getProperty()).append(": ").append(e.getOrgValue()).append(" → ").append(e.getNewValue());
        }
        if (e.getProcessDefinitionKey() != null) {
            detail.append(detail.isEmpty() ? "" : "; ").append(e.getProcessDefinitionKey());
        }
        detail.append(detail.isEmpty() ? "" : "; ").append("operation ").append(e.getOperationId());
        return new AuditItem(AuditItem.ENGINE, null, e.getTimestamp().toInstant(), e.getUserId(), null, e.getCategory(),
                e.getOperationType(), e.getEntityType(), object, e.getTenantId(), "SUCCESS", detail.toString(), null);
    }
}
