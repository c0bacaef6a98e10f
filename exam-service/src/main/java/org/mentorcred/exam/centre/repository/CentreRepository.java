package org.mentorcred.exam.centre.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.commons.api.PageParams;
import org.mentorcred.exam.centre.TestingCentre;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CentreRepository implements PanacheRepositoryBase<TestingCentre, UUID> {

    /** Mean Earth radius (IUGG), for great-circle distances. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    public record Nearby(UUID centreId, double distanceKm) {
    }

    public PanacheQuery<TestingCentre> search(String country, String city, Boolean active, PageParams page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (country != null) {
            where.add("country = :country");
            params.put("country", country);
        }
        if (city != null) {
            where.add("lower(city) = :city");
            params.put("city", city.toLowerCase(Locale.ROOT));
        }
        if (active != null) {
            where.add("active = :active");
            params.put("active", active);
        }
        return find(String.join(" and ", where.isEmpty() ? List.of("1 = 1") : where),
                Sort.by("country").and("city").and("name").and("id"), params)
                .page(Page.of(page.page, page.size));
    }

    /** Active centres by great-circle (haversine) distance from the point, nearest first. */
    @SuppressWarnings("unchecked")
    public List<Nearby> nearest(double latitude, double longitude, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT c.id, 2 * ?3 * asin(least(1.0, sqrt(
                         power(sin(radians(c.latitude - ?1) / 2), 2)
                       + cos(radians(?1)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - ?2) / 2), 2))))
                       AS distance_km
                FROM testing_centre c
                WHERE c.active
                ORDER BY distance_km, c.id
                LIMIT ?4""")
                .setParameter(1, latitude)
                .setParameter(2, longitude)
                .setParameter(3, EARTH_RADIUS_KM)
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new Nearby((UUID) r[0], ((Number) r[1]).doubleValue())).toList();
    }

    public Map<UUID, TestingCentre> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", List.copyOf(ids)).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<TestingCentre> allActive() {
        return list("active", Sort.by("id"), true);
    }
}
