/**
 * The append-only history of the portal: every state change of every feature records who did
 * what to which item, when and why, in the same transaction as the change.
 */
package org.gongkai.audit;
