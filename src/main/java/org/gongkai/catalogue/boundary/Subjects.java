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

    @jakarta.inject.Inject
    org.gongkai.audit.boundary.AuditLog audit;

    @jakarta.inject.Inject
    org.gongkai.account.boundary.CurrentStaff currentStaff;

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

    /** Adds a subject: a top-level class, or a second-level one under {@code parent}. ADMIN only. */
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    public void add(String parent, String name) {
        if (name == null || name.isBlank() || name.length() > 60 || name.contains("/")) {
            throw new org.gongkai.platform.entity.InvalidInputException("invalid_input",
                    java.util.Map.of("name", "主题名称必填，不超过60字，不含“/”"));
        }
        Map<String, List<String>> tree = tree();
        if (parent == null || parent.isBlank()) {
            if (tree.containsKey(name.strip())) {
                throw new org.gongkai.platform.entity.StateConflictException("subject_exists", name.strip());
            }
            em.createNativeQuery("insert into subject (name, position) "
                            + "select ?1, coalesce(max(position), 0) + 1 from subject where parent_id is null")
                    .setParameter(1, name.strip()).executeUpdate();
        } else {
            if (!tree.containsKey(parent)) {
                throw new org.gongkai.platform.entity.InvalidInputException("invalid_input",
                        java.util.Map.of("parent", "上级主题不存在"));
            }
            if (tree.get(parent).contains(name.strip())) {
                throw new org.gongkai.platform.entity.StateConflictException("subject_exists", name.strip());
            }
            em.createNativeQuery("insert into subject (parent_id, name, position) select p.id, ?1, "
                            + "coalesce((select max(c.position) from subject c where c.parent_id = p.id), 0) + 1 "
                            + "from subject p where p.parent_id is null and p.name = ?2")
                    .setParameter(1, name.strip()).setParameter(2, parent).executeUpdate();
        }
        audit.record(currentStaff.username(), null, "SUBJECT", (parent == null ? "" : parent + "/") + name.strip(),
                "SUBJECT_ADDED", null);
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
