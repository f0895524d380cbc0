package com.weibao.intake.wechat;

/**
 * Told before a recorded WeChat message is processed in the background. Nothing in production implements it; tests
 * use it to hold processing back and show that WeChat's callback is answered before the case exists.
 */
public interface WeChatProcessingObserver {

    void beforeProcessing(WeChatMessage message);
}
