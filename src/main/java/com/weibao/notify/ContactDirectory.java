package com.weibao.notify;

import java.util.List;

/**
 * Resolves recipients into contacts. Users and groups come from the identity service, the reporter and the
 * hospital's contact from the case; each feature that knows people implements the kinds it knows.
 */
public interface ContactDirectory {

    boolean resolves(Recipient.Kind kind);

    /** The contacts of the recipient; {@code caseId} is set for REPORTER and HOSPITAL_CONTACT. */
    List<Contact> contacts(Recipient recipient, Long caseId);
}
