package org.gongkai.infowork.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A unit asked by a commission, as read (its status is written by the commission's boundary). */
@Entity
@Table(name = "info_commission_organ")
@IdClass(CommissionAnswerView.Key.class)
public class CommissionAnswerView {

    /** The key: commission and unit. */
    public static class Key implements Serializable {
        private Long commissionId;
        private String organCode;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(commissionId, key.commissionId)
                    && java.util.Objects.equals(organCode, key.organCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(commissionId, organCode);
        }
    }

    @Id
    @Column(name = "commission_id")
    private Long commissionId;

    @Id
    @Column(name = "organ_code")
    private String organCode;

    @Column(insertable = false, updatable = false)
    private String status;

    @Column(name = "item_id", insertable = false, updatable = false)
    private Long itemId;

    protected CommissionAnswerView() {
    }

    public Long commissionId() {
        return commissionId;
    }

    public String organCode() {
        return organCode;
    }

    public String status() {
        return status;
    }

    public Long itemId() {
        return itemId;
    }
}
