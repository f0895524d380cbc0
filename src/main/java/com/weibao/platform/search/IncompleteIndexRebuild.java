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
 * At start-up, every full-text index that holds another number of documents than its table has rows (a new index
 * directory, an index deleted, a database restored, or the last second of index writes lost in a crash: indexing
 * waits for the index to be searchable, not for it to be written to disk, see application.yml) is rebuilt from the
 * database with Hibernate Search's mass indexer, one type after the other, before the application reports ready.
 * An index with as many documents as rows is left alone (rebuild it on demand).
 */
@Component
class IncompleteIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IncompleteIndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;

    IncompleteIndexRebuild(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIncompleteIndexes() throws InterruptedException {
        SessionFactory sessions = entityManagerFactory.unwrap(SessionFactory.class);
        for (SearchIndexedEntity<?> type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            try (var session = sessions.openSession()) {
                SearchSession search = Search.session(session);
                long indexed = search.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                long rows = rows(sessions, type.jpaName());
                if (indexed != rows) {
                    long started = System.nanoTime();
                    search.massIndexer(type.javaClass()).threadsToLoadObjects(1).startAndWait();
                    log.info("Rebuilt the full-text index of {} ({} documents) from {} rows in {} ms", type.jpaName(),
                            indexed, rows, (System.nanoTime() - started) / 1_000_000);
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
