package org.mentorcred.exam.centre;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A place where candidates sit exams. */
@Entity
@Table(name = "testing_centre")
public class TestingCentre extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String address;

    public String city;

    /** ISO 3166-1 alpha-2. */
    public String country;

    public BigDecimal latitude;

    public BigDecimal longitude;

    /** IANA zone id, e.g. Europe/London. */
    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "seats_per_session")
    public int seatsPerSession;

    public boolean active;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
