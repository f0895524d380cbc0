package com.weibao.change.process;

import com.weibao.change.ExpertPanelService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who works which task of ExpertPanelProcess; the BPMN asks through expressions like
 * ${expertPanelRouting.experts(execution.processInstanceId)}: the panel is the one of the asking process instance.
 */
@Component("expertPanelRouting")
public class ExpertPanelRouting {

    private final ExpertPanelService panels;

    ExpertPanelRouting(ExpertPanelService panels) {
        this.panels = panels;
    }

    /** One opinion task per expert of the panel. */
    public List<String> experts(String processInstanceId) {
        return panels.expertsOfProcess(processInstanceId);
    }

    /** The team lead or service manager who convened the panel records its conclusion. */
    public String convener(String processInstanceId) {
        return panels.get(panels.idOfProcess(processInstanceId)).getConvenedBy();
    }
}
