package org.gongkai.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the public sees of an entry changed (published, replaced, withdrawn): keeps the search
 * index and feeds in step, in the same transaction as the change.
 */
@ApplicationScoped
public class CatalogueChanges {

    public void changed(long entryId) {
        // The search index's queue joins here when the search feature is merged.
    }
}
