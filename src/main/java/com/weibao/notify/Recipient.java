package com.weibao.notify;

/** Who a notification is for, before it is resolved into people and addresses. */
public record Recipient(Kind kind, String id) {

    public enum Kind {
        /** A Weibao (Camunda) user: engineer, lead, manager, hospital user. */
        USER,
        /** Every member of a Camunda group, e.g. the team leads. */
        GROUP,
        /** The reporter of the notification's case. */
        REPORTER,
        /** The responsible contact of the case's hospital. */
        HOSPITAL_CONTACT
    }

    public static Recipient user(String userId) {
        return new Recipient(Kind.USER, userId);
    }

    public static Recipient group(String groupId) {
        return new Recipient(Kind.GROUP, groupId);
    }

    public static Recipient reporter() {
        return new Recipient(Kind.REPORTER, null);
    }

    public static Recipient hospitalContact() {
        return new Recipient(Kind.HOSPITAL_CONTACT, null);
    }

    @Override
    public String toString() {
        return id == null ? kind.name() : kind + ":" + id;
    }
}
