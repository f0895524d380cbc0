package com.weibao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.cases.CaseChanged;
import com.weibao.cases.CaseEventType;
import com.weibao.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's event publication registry on the application's own table (V13, H2 and MySQL / MariaDB): a
 * module's reaction to another's change is kept there until its listener has run, and read back after a restart.
 */
class EventPublicationRegistryIT extends IntegrationTest {

    @Autowired
    EventPublicationRepository registry;

    @Test
    void keepsAPublicationUntilItsListenerHasRun() {
        // whole seconds: the mysql profile's connection sends no fractions of a second (sendFractionalSeconds=false)
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CaseChanged event = new CaseChanged(-System.nanoTime(), CaseEventType.TRIAGED, now);
        PublicationTargetIdentifier listener = PublicationTargetIdentifier.of("registry-test-" + UUID.randomUUID());

        TargetEventPublication created = registry.create(TargetEventPublication.of(event, listener, now));

        assertThat(registry.findIncompletePublicationsByEventAndTargetIdentifier(event, listener))
                .hasValueSatisfying(kept -> {
                    assertThat(kept.getIdentifier()).isEqualTo(created.getIdentifier());
                    assertThat(kept.getEvent()).isEqualTo(event);
                    assertThat(kept.getPublicationDate()).isEqualTo(now);
                });
        registry.markCompleted(created, now.plusSeconds(1));
        assertThat(registry.findIncompletePublicationsByEventAndTargetIdentifier(event, listener)).isEmpty();
        assertThat(registry.findCompletedPublications())
                .anySatisfy(done -> assertThat(done.getIdentifier()).isEqualTo(created.getIdentifier()));
        registry.deletePublications(List.of(created.getIdentifier()));
    }
}
