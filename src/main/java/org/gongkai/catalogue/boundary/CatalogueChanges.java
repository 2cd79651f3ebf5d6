package org.gongkai.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.search.boundary.SearchIndexQueue;

/**
 * What the public sees of an entry changed (published, replaced, withdrawn): queues the search
 * index's update in the same transaction as the change, so no update is lost on a crash.
 */
@ApplicationScoped
public class CatalogueChanges {

    @Inject
    SearchIndexQueue searchIndex;

    public void changed(long entryId) {
        searchIndex.enqueue(entryId);
    }
}
