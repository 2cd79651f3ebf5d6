package org.gongkai.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.platform.boundary.ToDoSource;
import org.gongkai.platform.entity.ToDo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The staff home page's to-do list: the lines of every {@link ToDoSource} for the signed-in caller,
 * overdue work first, then the larger piles. Each feature decides what waits for which role.
 */
@Named
@RequestScoped
public class ToDoListBacking {

    @Inject
    @Any
    Instance<ToDoSource> sources;

    private List<ToDo> lines;

    public List<ToDo> getLines() {
        if (lines == null) {
            List<ToDo> gathered = new ArrayList<>();
            for (ToDoSource source : sources) {
                gathered.addAll(source.toDosOfCaller());
            }
            gathered.removeIf(line -> line.count() <= 0);
            gathered.sort(Comparator.comparing((ToDo line) -> !line.overdue()).thenComparing(ToDo::count,
                    Comparator.reverseOrder()));
            lines = List.copyOf(gathered);
        }
        return lines;
    }
}
