package com.weibao.notify;

/**
 * One person's ways to be reached, as far as Weibao knows them; channels pick the address they need.
 * {@code preferred} is the channel this person used to reach us (a reporter who wrote on WeChat), if any.
 */
public record Contact(String name, String email, String wechatOpenId, String wecomUserId, ChannelType preferred) {

    public static Contact email(String name, String email) {
        return new Contact(name, email, null, null, null);
    }
}
