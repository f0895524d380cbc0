package com.weibao.intake.wechat;

import java.util.Optional;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.springframework.stereotype.Component;

/** The WxJava clients of the configured apps; an app that is not configured has none (its channel is off). */
@Component
public class WeChatClients {

    private final WeChatProperties properties;
    private final WxMpService mp;
    private final WxCpService wecom;

    WeChatClients(WeChatProperties properties) {
        this.properties = properties;
        this.mp = properties.mp().configured() ? mpService(properties.mp()) : null;
        this.wecom = properties.wecom().configured() ? cpService(properties.wecom()) : null;
    }

    public Optional<WxMpService> mp() {
        return Optional.ofNullable(mp);
    }

    public Optional<WxCpService> wecom() {
        return Optional.ofNullable(wecom);
    }

    public boolean configured(WeChatApp app) {
        return app == WeChatApp.MP ? mp != null : wecom != null;
    }

    WeChatProperties properties() {
        return properties;
    }

    private static WxMpService mpService(WeChatProperties.Mp mp) {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(mp.appId());
        config.setSecret(mp.secret());
        config.setToken(mp.token());
        config.setAesKey(mp.aesKey());
        WxMpHostConfig host = new WxMpHostConfig();
        host.setApiHost(mp.apiHost());
        config.setHostConfig(host);
        WxMpService service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        return service;
    }

    private static WxCpService cpService(WeChatProperties.WeCom wecom) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(wecom.corpId());
        config.setAgentId(wecom.agentId());
        config.setCorpSecret(wecom.secret());
        config.setToken(wecom.token());
        config.setAesKey(wecom.aesKey());
        config.setBaseApiUrl(wecom.apiBaseUrl());
        WxCpService service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        return service;
    }
}
