package com.weibao.cases.process;

/** The choices the case forms offer that route the process. */
final class Decisions {

    enum Triage { ACCEPT, DUPLICATE }

    enum RemoteAccess { GRANTED, REFUSED }

    enum Confirmation { CONFIRMED, REOPENED }

    private Decisions() {
    }
}
