package com.weibao.quality;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeded random sampling: a case's draw is a number in [0, 1) from SHA-256 of the contract's seed and the case
 * number, so the same case under the same policy is always drawn the same way (reproducible in tests and audits),
 * and draws over many cases are uniform. A case is called back when its draw is below the share.
 */
final class CallbackSampling {

    private CallbackSampling() {
    }

    static double draw(long seed, String caseNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + caseNumber).getBytes(StandardCharsets.UTF_8));
            return (ByteBuffer.wrap(digest).getLong() >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean sampled(long seed, String caseNumber, int sharePercent) {
        return sharePercent >= 100 || (sharePercent > 0 && draw(seed, caseNumber) * 100 < sharePercent);
    }
}
