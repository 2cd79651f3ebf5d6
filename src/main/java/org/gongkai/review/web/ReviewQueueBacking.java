package org.gongkai.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.review.boundary.ReviewTasks;
import org.gongkai.review.entity.ReviewStatus;
import org.gongkai.review.entity.ReviewTask;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The reviewer's queue: the organ's pending tasks, oldest first, with how long each has waited. */
@Named
@RequestScoped
public class ReviewQueueBacking {

    @Inject
    ReviewTasks reviews;

    @Inject
    Clock clock;

    private List<ReviewTask> pending;

    public List<ReviewTask> getPending() {
        if (pending == null) {
            pending = reviews.queue(ReviewStatus.PENDING);
        }
        return pending;
    }

    /** The statutory deadline behind the item, for the queue's due column. */
    public java.time.LocalDate dueOn(ReviewTask task) {
        return reviews.dueOn(task).orElse(null);
    }

    /** Days since submission, for the queue's age column. */
    public long ageInDays(ReviewTask task) {
        return Duration.between(task.submittedAt(), clock.instant()).toDays();
    }
}
