package com.weibao.intake.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Signature vectors: HMAC-SHA256(secret, timestamp + "." + body), as the README documents for CTI vendors. */
class CtiSignatureTest {

    private static final byte[] BODY = "{\"type\":\"missed\",\"callId\":\"c-1\",\"caller\":\"13800000000\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAnIndependentlyComputedVector() {
        // printf '%s' '1763780400.{"type":"missed","callId":"c-1","caller":"13800000000"}' \
        //   | openssl dgst -sha256 -hmac 's3cret'
        assertThat(CtiSignature.sign("s3cret", "1763780400", BODY))
                .isEqualTo("sha256=b02396874cfd0b201aa16fb962f14385ca6eb0c611d72742469d4851843c955e");
    }

    @Test
    void acceptsOnlyTheSameSecretTimestampAndBody() {
        String signature = CtiSignature.sign("s3cret", "1763780400", BODY);

        assertThat(CtiSignature.matches("s3cret", "1763780400", BODY, signature)).isTrue();
        assertThat(CtiSignature.matches("s3cret", "1763780400", BODY, signature.toUpperCase().replace("SHA256",
                "sha256"))).as("hex case does not matter").isTrue();
        assertThat(CtiSignature.matches("other", "1763780400", BODY, signature)).isFalse();
        assertThat(CtiSignature.matches("s3cret", "1763780401", BODY, signature)).isFalse();
        assertThat(CtiSignature.matches("s3cret", "1763780400", "{}".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(CtiSignature.matches("s3cret", "1763780400", BODY, null)).isFalse();
    }
}
