package com.weibao.intake.wechat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A WeChat callback's nonce, seen once, kept until the callback's timestamp is too old to be accepted anyway. */
@Entity
@Table(name = "wechat_callback_nonce")
class WeChatNonce implements Persistable<String> {

    /** App, timestamp and nonce: WeChat signs all three, a replay must repeat them. */
    @Id
    @Column(name = "nonce_key", length = 100)
    private String key;

    @Column(nullable = false)
    private Instant expiresAt;

    @Transient
    private boolean isNew;

    protected WeChatNonce() {
    }

    WeChatNonce(String key, Instant expiresAt) {
        this.key = key;
        this.expiresAt = expiresAt;
        this.isNew = true;
    }

    @Override
    public String getId() {
        return key;
    }

    /** Always inserted, never merged: a second one with the same key is a replay and fails on the primary key. */
    @Override
    public boolean isNew() {
        return isNew;
    }
}
