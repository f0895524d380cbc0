package com.weibao.platform.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.StatelessSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, every full-text index that is empty while its table has rows (a new index directory, an index
 * deleted or a database restored) is rebuilt from the database with Hibernate Search's mass indexer, one type after
 * the other, before the application reports ready. A filled index is left alone (rebuild it on demand).
 */
@Component
class EmptyIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(EmptyIndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;

    EmptyIndexRebuild(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildEmptyIndexes() throws InterruptedException {
        SessionFactory sessions = entityManagerFactory.unwrap(SessionFactory.class);
        for (SearchIndexedEntity<?> type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            try (var session = sessions.openSession()) {
                SearchSession search = Search.session(session);
                long indexed = search.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                long rows = rows(sessions, type.jpaName());
                if (indexed == 0 && rows > 0) {
                    long started = System.nanoTime();
                    search.massIndexer(type.javaClass()).threadsToLoadObjects(1).startAndWait();
                    log.info("Rebuilt the empty full-text index of {} from {} rows in {} ms", type.jpaName(), rows,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
    }

    private static long rows(SessionFactory sessions, String entityName) {
        try (StatelessSession session = sessions.openStatelessSession()) {
            return session.createSelectionQuery("select count(*) from " + entityName, Long.class).getSingleResult();
        }
    }
}
