package com.piquetickets.query.show;

import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.show.ShowFilter;
import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.ShowSummary;
import com.piquetickets.query.Pages;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Shows as lists show them, with the names of their venue and producer joined in from the tables of the venue and
 * producer projections (left joins: those rows may not be there yet).
 */
@Component
public class ShowSummaries {

    private static final String SELECT = "select s, v.name, p.name from ShowEntity s"
            + " left join VenueEntity v on v.id = s.venueId"
            + " left join ProducerEntity p on p.id = s.producerId";

    private final EntityManager entityManager;

    ShowSummaries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PageResult<ShowSummary> page(ShowFilter filter, PageRequest page, Instant now) {
        PageRequest p = Pages.orFirst(page);
        ShowListQuery query = ShowListQuery.of(filter, now);

        TypedQuery<Long> count = entityManager.createQuery("select count(s) from ShowEntity s" + query.where(), Long.class);
        query.parameters().forEach(count::setParameter);
        long total = count.getSingleResult();

        TypedQuery<Object[]> select = entityManager.createQuery(SELECT + query.where() + ShowListQuery.ORDER_BY, Object[].class);
        query.parameters().forEach(select::setParameter);
        select.setFirstResult(Math.toIntExact(Math.min((long) p.page() * p.size(), Integer.MAX_VALUE)));
        select.setMaxResults(p.size());
        List<ShowSummary> items = select.getResultList().stream().map(ShowSummaries::toSummary).toList();
        return new PageResult<>(items, total, p.page(), p.size());
    }

    /** The published ones among these shows, in the order given; the others are left out. */
    public List<ShowSummary> published(List<UUID> showIds) {
        if (showIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, ShowSummary> found = entityManager
                .createQuery(SELECT + " where s.id in :ids and s.status = :status", Object[].class)
                .setParameter("ids", showIds)
                .setParameter("status", ShowStatus.PUBLISHED.name())
                .getResultList().stream()
                .map(ShowSummaries::toSummary)
                .collect(Collectors.toMap(ShowSummary::id, Function.identity()));
        return inOrder(showIds, found);
    }

    static List<ShowSummary> inOrder(Collection<UUID> ids, Map<UUID, ShowSummary> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static ShowSummary toSummary(Object[] row) {
        return ((ShowEntity) row[0]).toSummary((String) row[1], (String) row[2]);
    }
}
