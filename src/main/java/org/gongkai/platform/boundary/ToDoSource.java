package org.gongkai.platform.boundary;

import org.gongkai.platform.entity.ToDo;

import java.util.List;

/**
 * Implemented by each feature that gives staff work to do (a CDI bean in the feature's boundary);
 * the staff home page gathers the lines of every source for the signed-in caller. A source returns
 * only what the caller's roles and organ let them act on, and no line when nothing waits.
 */
public interface ToDoSource {

    /** What waits for the signed-in caller. */
    List<ToDo> toDosOfCaller();
}
