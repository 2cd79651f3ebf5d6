package org.gongkai.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subject classification (主题分类): gov.cn's 22 top-level classes and their second level. */
@Stateless
@PermitAll
public class Subjects {

    @PersistenceContext
    EntityManager em;

    /** Top-level names in order, each with its second-level names. */
    public Map<String, List<String>> tree() {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("select p.name, c.name from subject p left join subject c "
                + "on c.parent_id = p.id where p.parent_id is null order by p.position, c.position").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            List<String> children = tree.computeIfAbsent((String) columns[0], name -> new ArrayList<>());
            if (columns[1] != null) {
                children.add((String) columns[1]);
            }
        }
        return tree;
    }

    /** Whether {@code path} names a subject: {@code 科技、教育} or {@code 科技、教育/教育}. */
    public boolean exists(String path) {
        if (path == null) {
            return false;
        }
        String[] parts = path.split("/", -1);
        List<String> children = tree().get(parts[0]);
        return children != null && (parts.length == 1 || parts.length == 2 && children.contains(parts[1]));
    }
}
