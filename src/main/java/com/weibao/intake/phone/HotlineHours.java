package com.weibao.intake.phone;

import com.weibao.intake.PhoneNumbers;
import com.weibao.sla.ServiceHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a call came outside service hours. The SLA engine's {@link ServiceHours} decides for the caller's
 * contract (the contract's service window on the Chinese working calendar). When there is no SLA engine, or
 * the contract is unknown, the decision falls back to the configured hours of the hotline number dialled
 * ({@code weibao.phone.hotlines[].hours}), else {@code weibao.phone.fallback-hours} (default Monday to Friday
 * 08:30–17:30 Asia/Shanghai). That fallback knows no statutory holidays nor make-up working days: it is a stand-in
 * until the SLA engine answers, never "always open".
 */
@Component
public class HotlineHours {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ObjectProvider<ServiceHours> serviceHours;
    private final PhoneProperties properties;

    HotlineHours(ObjectProvider<ServiceHours> serviceHours, PhoneProperties properties) {
        this.serviceHours = serviceHours;
        this.properties = properties;
    }

    public enum Basis { SLA_SERVICE_HOURS, HOTLINE_HOURS, FALLBACK_HOURS }

    public record Decision(boolean outside, Basis basis) {
    }

    public Decision outsideServiceHours(String contractCode, String hotline, Instant at) {
        ServiceHours sla = serviceHours.getIfAvailable();
        if (sla != null && contractCode != null) {
            return new Decision(!sla.isOpen(contractCode, at), Basis.SLA_SERVICE_HOURS);
        }
        Optional<PhoneProperties.Hotline> line = hotline(hotline).filter(h -> h.hours() != null);
        PhoneProperties.Hours hours = line.map(PhoneProperties.Hotline::hours).orElse(properties.fallbackHours());
        return new Decision(!open(hours, at), line.isPresent() ? Basis.HOTLINE_HOURS : Basis.FALLBACK_HOURS);
    }

    /** The configured hotline with this number, if any. */
    public Optional<PhoneProperties.Hotline> hotline(String number) {
        return properties.hotlines().stream().filter(h -> PhoneNumbers.sameNumber(h.number(), number)).findFirst();
    }

    static boolean open(PhoneProperties.Hours hours, Instant at) {
        ZonedDateTime local = at.atZone(SHANGHAI);
        LocalTime time = local.toLocalTime();
        return hours.days().contains(local.getDayOfWeek()) && !time.isBefore(hours.from()) && time.isBefore(hours.to());
    }
}
