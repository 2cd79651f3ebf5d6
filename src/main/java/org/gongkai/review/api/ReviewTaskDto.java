package org.gongkai.review.api;

import jakarta.json.bind.annotation.JsonbTransient;

import java.time.Instant;
import java.util.List;

/**
 * A review task as reviewers see it (api.md "Review task"), with the pre-scan's findings. {@code stale}
 * (the item changed since submission) is given for one task, not in the queue, where it would cost a
 * query per task.
 */
public record ReviewTaskDto(long id, String itemType, long itemId, String title, long version, String status,
                            int step, int steps, String stepRole, boolean sensitive, Boolean stale,
                            Instant submittedAt, String submittedBy, List<FindingDto> findings,
                            List<DecisionDto> decisions) {

    public record FindingDto(String kind, String text, int start, int end, String suggestion) {
    }

    public record DecisionDto(int step, String role, String decision, String reason, String decidedBy,
                              Instant decidedAt) {
    }
}
