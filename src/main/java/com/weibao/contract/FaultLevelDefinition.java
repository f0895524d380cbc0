package com.weibao.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a contract defines one fault level, in the contract's own words. */
@Embeddable
public class FaultLevelDefinition {

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 2)
    private Priority priority;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 1000)
    private String definition;

    @Column(length = 1000)
    private String handling;

    protected FaultLevelDefinition() {
    }

    public FaultLevelDefinition(Priority priority, String name, String definition, String handling) {
        this.priority = priority;
        this.name = name;
        this.definition = definition;
        this.handling = handling;
    }

    public Priority getPriority() { return priority; }
    public String getName() { return name; }
    public String getDefinition() { return definition; }
    public String getHandling() { return handling; }
}
