package org.gongkai.review.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.gongkai.review.entity.ReviewTask;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import java.time.Instant;
import java.util.List;

/**
 * A review task as reviewers see it (the HTTP interface's "Review task" shape), with the pre-scan's findings. {@code stale}
 * (the item changed since submission) is given for one task, not in the queue, where it would cost a
 * query per task.
 */
public record ReviewTaskDto(long id, String itemType, long itemId, String title, long version, String status,
                            int step, int steps, String stepRole, boolean sensitive, Boolean stale,
                            Instant submittedAt, String submittedBy, List<FindingDto> findings,
                            List<DecisionDto> decisions, List<StepDto> plan, Boolean mayDecide,
                            String cannotDecide, List<AcceptanceDto> accepted, List<EarlierReviewDto> earlierReviews) {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type FINDINGS = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[]{FindingDto.class};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };

    /** The pre-scan's findings of a task, as stored with it. */
    public static List<FindingDto> findingsOf(ReviewTask task) {
        try {
            return JSONB.fromJson(task.findings(), FINDINGS);
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable findings of review task " + task.id(), e);
        }
    }

    public record FindingDto(String kind, String text, int start, int end, String suggestion) {
    }

    public record DecisionDto(int step, String role, String decision, String reason, String decidedBy,
                              Instant decidedAt) {
    }

    /** One step of the chain: its role, who decided it, or who may still decide it. */
    public record StepDto(int step, String role, String decidedBy, List<String> whoMayDecide) {
    }

    /** A finding accepted with a reason. */
    public record AcceptanceDto(int finding, String reason, String acceptedBy, Instant acceptedAt) {
    }

    /** The review of an earlier version of the same item, with its decisions. */
    public record EarlierReviewDto(long id, long version, String status, Instant submittedAt,
                                   List<DecisionDto> decisions) {
    }
}
