package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** An item's place in an issue. */
@Entity
@Table(name = "info_issue_item")
@IdClass(IssueLine.Key.class)
public class IssueLine {

    /** The key: issue and item. */
    public static class Key implements Serializable {
        private Long issueId;
        private Long itemId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(issueId, key.issueId)
                    && java.util.Objects.equals(itemId, key.itemId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(issueId, itemId);
        }
    }

    @Id
    @Column(name = "issue_id")
    private Long issueId;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(nullable = false)
    private int position;

    protected IssueLine() {
    }

    public Long issueId() {
        return issueId;
    }

    public Long itemId() {
        return itemId;
    }

    public int position() {
        return position;
    }
}
