package com.weibao.cases;

import com.weibao.contract.Hospital;
import com.weibao.notify.ChannelType;
import com.weibao.notify.Contact;
import com.weibao.notify.ContactDirectory;
import com.weibao.notify.Recipient;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A case's reporter and its hospital's responsible contact, as notification contacts. */
@Component
class CaseContacts implements ContactDirectory {

    private final SupportCaseRepository cases;

    CaseContacts(SupportCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public boolean resolves(Recipient.Kind kind) {
        return kind == Recipient.Kind.REPORTER || kind == Recipient.Kind.HOSPITAL_CONTACT;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> contacts(Recipient recipient, Long caseId) {
        SupportCase supportCase = caseId == null ? null : cases.findById(caseId).orElse(null);
        if (supportCase == null) {
            return List.of();
        }
        if (recipient.kind() == Recipient.Kind.REPORTER) {
            Reporter reporter = supportCase.getReporter();
            ChannelType preferred = supportCase.getChannel() == Channel.WECHAT ? ChannelType.WECHAT
                    : supportCase.getChannel() == Channel.EMAIL ? ChannelType.EMAIL : null;
            return List.of(new Contact(reporter.getName(), reporter.getEmail(), null, null, preferred));
        }
        if (supportCase.getContract() == null) {
            return List.of();
        }
        Hospital hospital = supportCase.getContract().getHospital();
        return List.of(Contact.email(hospital.getContactName() + "（" + hospital.getName() + "）",
                hospital.getContactEmail()));
    }
}
