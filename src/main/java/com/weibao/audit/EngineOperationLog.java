package com.weibao.audit;

import java.util.List;

/** The engine's user operation log, read through the audit trail's filter (implemented beside the engine). */
public interface EngineOperationLog {

    /** The newest matching operations first, at most {@code max}. */
    List<AuditItem> newest(AuditFilter filter, int max);

    long count(AuditFilter filter);
}
