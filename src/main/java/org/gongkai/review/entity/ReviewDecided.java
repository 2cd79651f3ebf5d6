package org.gongkai.review.entity;

/**
 * Fired inside the decision's transaction. When {@code decision} is APPROVE and {@code finalStep}
 * is true, the item's feature publishes exactly {@code versionId}: this is the only way anything
 * becomes public. A RETURN or REJECT ends the task at any step.
 */
public record ReviewDecided(long taskId, String itemType, long itemId, long versionId, String contentHash,
                            Decision decision, boolean finalStep, String reason, String decidedBy) {

    public boolean approved() {
        return decision == Decision.APPROVE && finalStep;
    }
}
