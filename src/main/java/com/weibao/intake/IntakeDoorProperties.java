package com.weibao.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * weibao.intake.door.*: how many refused requests an address may send per window before its requests are answered
 * 429 until the window ends, how many refusal lines the log takes per window (all addresses together), how many
 * addresses are remembered; and how many bytes of bodies the quarantine keeps per source (a CTI source, a WeChat
 * app, a mailbox) within 24 hours before it keeps their metadata only.
 */
@ConfigurationProperties("weibao.intake.door")
public record IntakeDoorProperties(int refusalsPerAddress, Duration window, int logLinesPerWindow,
                                   int trackedAddresses, DataSize quarantineBytesPerSource) {

    public IntakeDoorProperties {
        refusalsPerAddress = refusalsPerAddress <= 0 ? 30 : refusalsPerAddress;
        window = window == null || window.isZero() || window.isNegative() ? Duration.ofMinutes(1) : window;
        logLinesPerWindow = logLinesPerWindow <= 0 ? 120 : logLinesPerWindow;
        trackedAddresses = trackedAddresses <= 0 ? 100_000 : trackedAddresses;
        quarantineBytesPerSource = quarantineBytesPerSource == null ? DataSize.ofMegabytes(64)
                : quarantineBytesPerSource;
    }
}
