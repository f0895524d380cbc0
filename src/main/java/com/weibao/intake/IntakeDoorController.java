package com.weibao.intake;

import com.weibao.platform.security.Caller;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the vendor's supervisors: what the intake webhooks refused at the door since the start (per channel and
 * reason), the addresses answered 429 now, and the sources whose quarantine allowance ran out.
 */
@RestController
class IntakeDoorController {

    private final IntakeDoor door;
    private final IntakeQuarantine quarantine;

    IntakeDoorController(IntakeDoor door, IntakeQuarantine quarantine) {
        this.door = door;
        this.quarantine = quarantine;
    }

    record RefusalsView(Instant countingSince, long total, List<IntakeDoor.Count> refused,
                        List<IntakeDoor.ThrottledAddress> throttled,
                        List<IntakeQuarantine.DroppedBodies> keptWithoutBody) {
    }

    @GetMapping("/api/intake/refusals")
    RefusalsView refusals(@AuthenticationPrincipal Caller caller) {
        QuarantineController.requireSupervisor(caller, "see the intake's refusals");
        IntakeDoor.Summary summary = door.summary();
        return new RefusalsView(summary.countingSince(), summary.total(), summary.refused(), summary.throttled(),
                quarantine.droppedBodies());
    }
}
