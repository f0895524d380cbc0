package com.weibao.intake.wechat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Test-only: makes case creation slow for chosen senders by holding their messages back until the test lets go,
 * so a test can show that WeChat's callback is answered before the case exists.
 */
@Component
public class HeldWeChatMessages implements WeChatProcessingObserver {

    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

    public void hold(String fromUser) {
        held.put(fromUser, new CountDownLatch(1));
    }

    public void release(String fromUser) {
        CountDownLatch latch = held.remove(fromUser);
        if (latch != null) {
            latch.countDown();
        }
    }

    @Override
    public void beforeProcessing(WeChatMessage message) {
        CountDownLatch latch = held.get(message.getFromUser());
        if (latch != null) {
            try {
                latch.await(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
