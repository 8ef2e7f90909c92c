package com.piquetickets.query.email;

import com.piquetickets.domain.email.EmailView;
import com.piquetickets.domain.email.FindOrderEmailsQuery;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindOrderEmailsQuery} from {@code email_tracking}: an order's emails, oldest first. */
@Component
class EmailQueryHandler {

    private final EmailTrackingRepository emails;

    EmailQueryHandler(EmailTrackingRepository emails) {
        this.emails = emails;
    }

    @QueryHandler
    List<EmailView> handle(FindOrderEmailsQuery query) {
        if (query.orderId() == null) {
            return List.of();
        }
        return emails.findByOrderIdOrderByCreatedAtAscIdAsc(query.orderId()).stream()
                .map(EmailTrackingEntity::toView).toList();
    }
}
