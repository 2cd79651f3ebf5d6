/**
 * Chinese full-text search over the published catalogue (Art. 24 of the OGI Regulations: the
 * platform must support search). PostgreSQL stays the system of record; an embedded Lucene index
 * with CJK bigram analysis answers the queries and is kept in step through the
 * {@code search_pending} table, written in the same transaction as each catalogue change.
 * The index sits behind {@link org.gongkai.search.control.CatalogueIndex}, so that a clustered
 * deployment can put OpenSearch with the same analysis behind it instead.
 */
package org.gongkai.search;
