package org.mentorcred.application.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreatCircleTest {

    /** Reference distances from published great-circle figures (mean earth radius). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "same point,         51.5072,   -0.1276,  51.5072,   -0.1276,     0.0,  0.01",
            "London-Reading,     51.5072,   -0.1276,  51.4543,   -0.9781,    59.1,  0.5",
            "London-Paris,       51.5072,   -0.1276,  48.8566,    2.3522,   343.6,  1.0",
            "London-New York,    51.5072,   -0.1276,  40.7128,  -74.0060,  5570.2,  5.0",
            "across the dateline, 0.0,      179.5,     0.0,     -179.5,     111.2,  0.5",
            "antipodes,           0.0,        0.0,     0.0,      180.0,   20015.1,  1.0",
            "pole to pole,       90.0,        0.0,   -90.0,        0.0,   20015.1,  1.0" })
    void measuresGreatCircleDistances(String name, double lat1, double lon1, double lat2, double lon2, double km,
            double tolerance) {
        assertEquals(km, GreatCircle.distanceKm(lat1, lon1, lat2, lon2), tolerance);
        assertEquals(km, GreatCircle.distanceKm(lat2, lon2, lat1, lon1), tolerance, "symmetric");
    }

    @Test
    void nearestProviderWinsAndTiesGoToTheLowestId() {
        TrainingProvider reading = provider("00000000-0000-0000-0000-000000000002", 51.4543, -0.9781);
        TrainingProvider paris = provider("00000000-0000-0000-0000-000000000001", 48.8566, 2.3522);
        TrainingProvider readingTwin = provider("00000000-0000-0000-0000-000000000003", 51.4543, -0.9781);
        var nearest = TrainingProviderAssigner.nearest(51.5072, -0.1276, List.of(paris, readingTwin, reading)).orElseThrow();
        assertEquals(reading.id, nearest.provider().id);
        assertEquals(TrainingProviderAssigner.nearest(0, 0, List.of()).isEmpty(), true);
    }

    private static TrainingProvider provider(String id, double lat, double lon) {
        TrainingProvider p = new TrainingProvider();
        p.id = UUID.fromString(id);
        p.latitude = lat;
        p.longitude = lon;
        return p;
    }
}
