package com.weibao.intake.wechat;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafeXmlTest {

    @Test
    void acceptsWeChatsMessages() {
        assertThatCode(() -> SafeXml.check("<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Content><![CDATA[a&b <x>]]>"
                + "</Content><MsgId>1</MsgId></xml>")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnyDoctypeExternalEntitiesAndEntityBombs() {
        assertThatThrownBy(() -> SafeXml.check("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml>&e;</xml>"))
                .isInstanceOf(SafeXml.UnsafeXml.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> SafeXml.check("<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<xml>&b;</xml>")).isInstanceOf(SafeXml.UnsafeXml.class);
        assertThatThrownBy(() -> SafeXml.check("<xml><a></xml>")).isInstanceOf(SafeXml.UnsafeXml.class);
        assertThatThrownBy(() -> SafeXml.check("")).isInstanceOf(SafeXml.UnsafeXml.class);
    }
}
