package com.weibao.intake.wechat;

import com.weibao.cases.ReporterAddresses;
import com.weibao.cases.SupportCase;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's reporter on WeChat: the bound sender whose message started or joined the case, else the binding of
 * the reporter's phone number or e-mail address.
 */
@Component
class WeChatReporterAddresses implements ReporterAddresses {

    private final WeChatMessageRepository messages;
    private final WeChatBindingRepository bindingRepository;
    private final WeChatBindings bindings;

    WeChatReporterAddresses(WeChatMessageRepository messages, WeChatBindingRepository bindingRepository,
                            WeChatBindings bindings) {
        this.messages = messages;
        this.bindingRepository = bindingRepository;
        this.bindings = bindings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WeChatAddress> wechatOf(SupportCase supportCase) {
        Optional<WeChatBinding> binding = messages.findByCaseNumberOrderByIdAsc(supportCase.getNumber()).stream()
                .map(m -> bindingRepository.findByAppAndWechatUser(m.getApp(), m.getFromUser()))
                .flatMap(Optional::stream).findFirst();
        if (binding.isEmpty()) {
            binding = bindings.ofReporter(supportCase.getReporter().getPhone(), supportCase.getReporter().getEmail());
        }
        return binding.map(b -> b.getApp() == WeChatApp.MP ? new WeChatAddress(b.getWechatUser(), null)
                : new WeChatAddress(null, b.getWechatUser()));
    }
}
