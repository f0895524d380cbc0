package com.weibao.notify;

import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For the vendor's supervisors: notifications that could not be delivered, and another attempt at them. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationRepository repository;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    NotificationController(NotificationRepository repository, NotificationDispatcher dispatcher, Clock clock) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<NotificationView> list(@RequestParam(defaultValue = "FAILED") NotificationStatus status,
                                @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Caller caller) {
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException("notifications are for the vendor's staff");
        }
        if (size < 1 || size > 500) {
            throw InvalidRequestException.of("size", "must be between 1 and 500");
        }
        return repository.findByStatusOrderByCreatedAtDesc(status, PageRequest.of(0, size)).stream()
                .map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/retry")
    @Transactional
    NotificationView retry(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        if (!(caller.isAdmin() || caller.inGroup(Roles.LEADS) || caller.inGroup(Roles.MANAGERS))) {
            throw new AccessDeniedException("only team leads and service managers retry notifications");
        }
        Notification notification = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("no notification " + id));
        if (notification.getStatus() != NotificationStatus.FAILED) {
            throw new ConflictException("notification " + id + " is " + notification.getStatus()
                    + "; only FAILED ones are retried by hand");
        }
        notification.retry(clock.instant());
        dispatcher.wakeUp();
        return NotificationView.of(notification);
    }
}
