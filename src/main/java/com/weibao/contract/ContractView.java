package com.weibao.contract;

import java.time.LocalDate;
import java.util.List;

/** A contract as the REST API shows it. */
public record ContractView(String code, String name, HospitalView hospital, LocalDate start, LocalDate end,
                           String serviceWindow, List<SystemView> systems, List<LevelView> faultLevels) {

    public record HospitalView(String code, String name) {
    }

    public record SystemView(String code, String name, SystemKind kind) {
    }

    public record LevelView(Priority priority, String name, String definition, String handling) {
    }

    static ContractView of(Contract c) {
        return new ContractView(c.getCode(), c.getName(),
                new HospitalView(c.getHospital().getCode(), c.getHospital().getName()), c.getStartDate(),
                c.getEndDate(), c.getServiceWindow(),
                c.getSystems().stream().map(s -> new SystemView(s.getCode(), s.getName(), s.getKind())).toList(),
                c.getFaultLevels().stream().map(l -> new LevelView(l.getPriority(), l.getName(), l.getDefinition(),
                        l.getHandling())).toList());
    }
}
