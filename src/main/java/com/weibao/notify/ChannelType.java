package com.weibao.notify;

/** How a notification travels. */
public enum ChannelType {
    EMAIL, WECHAT
}
