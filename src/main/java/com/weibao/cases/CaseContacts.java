package com.weibao.cases;

import com.weibao.contract.Hospital;
import com.weibao.notify.ChannelType;
import com.weibao.notify.Contact;
import com.weibao.notify.ContactDirectory;
import com.weibao.notify.Recipient;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A case's reporter and its hospital's responsible contact, as notification contacts. */
@Component
class CaseContacts implements ContactDirectory {

    private final SupportCaseRepository cases;
    private final ObjectProvider<ReporterAddresses> addresses;

    CaseContacts(SupportCaseRepository cases, ObjectProvider<ReporterAddresses> addresses) {
        this.cases = cases;
        this.addresses = addresses;
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
            // a reporter who bound WeChat (or wrote from it) hears from us there
            Optional<ReporterAddresses.WeChatAddress> wechat = addresses.orderedStream()
                    .map(a -> a.wechatOf(supportCase)).flatMap(Optional::stream).findFirst();
            if (wechat.isPresent()) {
                return List.of(new Contact(reporter.getName(), reporter.getEmail(), wechat.get().openId(),
                        wechat.get().wecomUserId(), ChannelType.WECHAT));
            }
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
