package com.weibao.intake.wechat;

import com.weibao.intake.IntakeDoor.Refusal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each WeChat callback's nonce is accepted once while its timestamp is fresh: the same callback sent again, or its
 * signature with another body (the plain signature covers only token, timestamp and nonce), is refused. The nonces
 * are rows under a primary key, written in the transaction that records the message: they survive a restart, hold
 * on every node, and a callback that failed to be recorded leaves its nonce free for WeChat's retry. Only callbacks
 * that passed the signature check write one, so nobody else can grow the table; expired rows are purged.
 */
@Service
class WeChatNonces {

    /** WeChat's nonces are short numbers or strings; anything longer is not WeChat's. */
    static final int MAX_NONCE_LENGTH = 64;

    private final WeChatNonceRepository nonces;
    private final WeChatProperties properties;
    private final Clock clock;

    WeChatNonces(WeChatNonceRepository nonces, WeChatProperties properties, Clock clock) {
        this.nonces = nonces;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes the callback's nonce, in the caller's transaction (or its own); refuses one seen before. A concurrent
     * twin makes the transaction fail on the primary key at the flush: {@link #seen} tells the two apart.
     */
    @Transactional
    void take(WeChatApp app, WeChatCallbacks.Signed signed) {
        String key = key(app, signed);
        if (nonces.existsById(key)) {
            throw replayed();
        }
        nonces.saveAndFlush(new WeChatNonce(key, Instant.ofEpochSecond(Long.parseLong(signed.timestamp()))
                .plus(properties.maxSkew())));
    }

    @Transactional(readOnly = true)
    boolean seen(WeChatApp app, WeChatCallbacks.Signed signed) {
        return nonces.existsById(key(app, signed));
    }

    static WeChatCallbacks.Rejected replayed() {
        return new WeChatCallbacks.Rejected(403, Refusal.REPLAYED, "this callback's timestamp and nonce were used"
                + " already; a callback is accepted once");
    }

    /** Nonces whose timestamp is too old to be accepted anyway. */
    @Transactional
    int purge() {
        return nonces.deleteExpired(clock.instant());
    }

    private static String key(WeChatApp app, WeChatCallbacks.Signed signed) {
        return app + ":" + signed.timestamp() + ":" + signed.nonce();
    }
}
