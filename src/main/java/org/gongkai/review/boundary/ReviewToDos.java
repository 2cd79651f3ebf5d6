package org.gongkai.review.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.entity.Role;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;
import org.gongkai.review.entity.ReviewStatus;

import java.util.List;

/**
 * The review tasks waiting for the caller: pending tasks of the organ whose current step the
 * caller may decide (the step's role, not an author, no earlier step decided by them).
 */
@Stateless
@PermitAll
public class ReviewToDos implements ToDoSource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReviewTasks tasks;

    @Override
    public List<ToDo> toDosOfCaller() {
        if (currentStaff.find().isEmpty() || !(currentStaff.hasRole(Role.REVIEWER) || currentStaff.hasRole(Role.LEADER))) {
            return List.of();
        }
        long mine = tasks.queue(ReviewStatus.PENDING).stream()
                .filter(task -> tasks.whyNotDecide(task).isEmpty())
                .count();
        return List.of(new ToDo("todo.reviews.waiting", "/staff/reviews", mine, false));
    }
}
