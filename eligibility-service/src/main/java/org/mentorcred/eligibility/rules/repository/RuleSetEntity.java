package org.mentorcred.eligibility.rules.repository;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorcred.eligibility.rules.Programme;

/** A stored rule-set version. Rows are only ever inserted ({@link RuleSetRepository#insert}); the database refuses changes. */
@Entity
@Immutable
@IdClass(RuleSetEntity.Key.class)
@Table(name = "rule_set")
public class RuleSetEntity {

    public static class Key implements Serializable {

        public Programme programme;
        public int version;

        public Key() {
        }

        public Key(Programme programme, int version) {
            this.programme = programme;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.programme == programme && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(programme, version);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Id
    public int version;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    public String checksum;

    public String origin;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
