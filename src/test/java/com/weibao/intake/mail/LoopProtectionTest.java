package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which mails Weibao never answers automatically, and why. */
class LoopProtectionTest {

    private static final Set<String> OWN = Set.of("helpdesk@weibao.local");

    static Stream<Arguments> mails() {
        return Stream.of(
                Arguments.of("From: a@renmin.example\r\n", null),
                Arguments.of("From: a@renmin.example\r\nAuto-Submitted: no\r\n", null),
                Arguments.of("From: a@renmin.example\r\nPrecedence: first-class\r\n", null),
                Arguments.of("From: a@renmin.example\r\nAuto-Submitted: auto-replied\r\n", "Auto-Submitted"),
                Arguments.of("From: a@renmin.example\r\nAuto-Submitted: auto-generated\r\n", "Auto-Submitted"),
                Arguments.of("From: a@renmin.example\r\nX-Auto-Response-Suppress: OOF\r\n", "X-Auto-Response-Suppress"),
                Arguments.of("From: a@renmin.example\r\nPrecedence: bulk\r\n", "Precedence"),
                Arguments.of("From: a@renmin.example\r\nPrecedence: junk\r\n", "Precedence"),
                Arguments.of("From: a@renmin.example\r\nPrecedence: list\r\n", "Precedence"),
                Arguments.of("From: a@renmin.example\r\nList-Unsubscribe: <mailto:x@y>\r\n", "list-unsubscribe"),
                Arguments.of("From: a@renmin.example\r\nList-Id: <it.renmin>\r\n", "list-id"),
                Arguments.of("From: a@renmin.example\r\nX-Autoreply: yes\r\n", "X-Autoreply"),
                Arguments.of("From: a@renmin.example\r\nReturn-Path: <>\r\n", "null return path"),
                Arguments.of("From: MAILER-DAEMON@mx.example\r\n", "mailer-daemon"),
                Arguments.of("From: postmaster@renmin.example\r\n", "postmaster"),
                Arguments.of("Subject: no sender\r\n", "no sender"),
                Arguments.of("From: Weibao <helpdesk@weibao.local>\r\n", "own"),
                Arguments.of("From: a@renmin.example\r\nX-Weibao-Reference: WB-2026-000001\r\n", "own"));
    }

    @ParameterizedTest
    @MethodSource("mails")
    void answersOnlyPeople(String headers, String reason) {
        ParsedMail mail = MailParser.parse((headers + "Message-ID: <t@x>\r\nContent-Type: text/plain\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        if (reason == null) {
            assertThat(LoopProtection.reasonNotToAnswer(mail, OWN)).isEmpty();
        } else {
            assertThat(LoopProtection.reasonNotToAnswer(mail, OWN)).hasValueSatisfying(r ->
                    assertThat(r.toLowerCase()).contains(reason.toLowerCase()));
        }
    }
}
