package org.mentorcred.systemtests.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds application drafts over the API. {@link #eligible} fills every section a programme requires with evidence
 * that meets its rules (with the fewest calls: an IPMA_AM draft is one engagement and the ethics declaration);
 * the section factories let a test build a draft that falls short on purpose.
 */
public final class Drafts {

    private final ApplicationApi api;

    public Drafts(ApplicationApi api) {
        this.api = api;
    }

    /** Opens a draft of {@code programme} for {@code applicant} and fills it so that it is eligible; returns its id. */
    public String eligible(Applicant applicant, String programme) {
        String id = api.open(applicant, programme);
        fillEligible(applicant, id, programme);
        return id;
    }

    /** Fills every section {@code programme} requires, so that a submission meets each eligibility rule. */
    public void fillEligible(Applicant a, String id, String programme) {
        switch (programme) {
            case "IPMA_AM" -> {
                engagements(a, id, 1, 60, 1);
                api.put(a, id, "ethics", ethics()).statusCode(200);
            }
            case "IPMA_PM" -> {
                api.put(a, id, "education", education("BACHELOR")).statusCode(200);
                engagements(a, id, 2, 60, 2);
                api.put(a, id, "ethics", ethics()).statusCode(200);
            }
            case "IPMA_SM" -> {
                engagements(a, id, 4, 80, 4);
                api.add(a, id, "credentials-held", credential("IPMA", "Professional Mentor", true,
                        api.uploadPdf(a, id, "ipma-pm-certificate"))).statusCode(201);
                api.put(a, id, "ethics", ethics()).statusCode(200);
            }
            case "IPMA_MM" -> {
                engagements(a, id, 6, 90, 6);
                api.add(a, id, "credentials-held", credential("IPMA", "Senior Mentor", true,
                        api.uploadPdf(a, id, "ipma-sm-certificate"))).statusCode(201);
                api.put(a, id, "contribution", contribution(api.uploadPdf(a, id, "contribution"))).statusCode(200);
                api.put(a, id, "ethics", ethics()).statusCode(200);
            }
            case "IPMA_SM_FAST_TRACK" -> {
                api.put(a, id, "education", education("MASTER")).statusCode(200);
                api.put(a, id, "experience", seniorManager(12)).statusCode(200);
                api.add(a, id, "credentials-held", credential("EMCC", "Senior Practitioner", true,
                        api.uploadPdf(a, id, "emcc-certificate"))).statusCode(201);
                api.put(a, id, "ethics", ethics()).statusCode(200);
            }
            case "IMC_CPM" -> {
                api.add(a, id, "trainings", training(api.uploadPdf(a, id, "training-certificate"), 36)).statusCode(201);
                List<String> engagements = engagements(a, id, 3, 20, 3);
                for (String engagement : engagements.subList(0, 2)) {
                    api.put(a, id, "engagements/" + engagement + "/reference", contactReference(engagement))
                            .statusCode(200);
                }
                api.put(a, id, "supervision", supervision()).statusCode(200);
                api.put(a, id, "ethics", ethics()).statusCode(200);
            }
            default -> throw new IllegalArgumentException("No eligible draft for " + programme);
        }
    }

    /**
     * Adds {@code count} completed engagements of {@code hours} each, one after another, spanning
     * {@code years} years up to last month; returns their ids.
     */
    public List<String> engagements(Applicant a, String id, int count, double hours, int years) {
        LocalDate end = LocalDate.now().minusMonths(1);
        LocalDate start = end.minusYears(years).minusDays(1);
        long days = ChronoUnit.DAYS.between(start, end);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate from = start.plusDays(days * i / count);
            LocalDate to = i == count - 1 ? end : start.plusDays(days * (i + 1) / count - 1);
            ids.add(api.add(a, id, "engagements", engagement("Mentee " + (i + 1), from, to, hours))
                    .statusCode(201).extract().path("engagementId"));
        }
        return ids;
    }

    // --- sections ----------------------------------------------------------------------------------------------

    public static Map<String, Object> engagement(String mentee, LocalDate start, LocalDate end, double hours) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("menteeName", mentee);
        e.put("menteeEmail", mentee.toLowerCase().replace(' ', '.') + "@mentees.example.org");
        e.put("kind", "EXTERNAL");
        e.put("startDate", start.toString());
        e.put("endDate", end.toString());
        e.put("hours", hours);
        e.put("completed", true);
        return e;
    }

    public static Map<String, Object> ethics() {
        return Map.of("accepted", true, "codeVersion", "2024-01");
    }

    public static Map<String, Object> education(String level) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("level", level);
        e.put("institution", "University of Example");
        e.put("qualification", "MSc Organisational Psychology");
        e.put("awardedOn", "2012-07-01");
        return e;
    }

    public static Map<String, Object> credential(String body, String name, boolean international, String documentId) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("body", body);
        c.put("credential", name);
        c.put("internationalBody", international);
        c.put("awardedOn", "2019-05-01");
        c.put("documentId", documentId);
        return c;
    }

    public static Map<String, Object> contribution(String documentId) {
        return Map.of("statement", "I founded and lead the national mentoring network for public-sector managers.",
                "documentIds", List.of(documentId));
    }

    public static Map<String, Object> seniorManager(int years) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("seniorManagementYears", years);
        x.put("headOfInstitution", false);
        x.put("institutionSize", null);
        x.put("mentoringCoachingYears", 0);
        x.put("caseRecordDocumentIds", List.of());
        return x;
    }

    public static Map<String, Object> training(String documentId, double hours) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("centreName", "Mentoring Academy");
        t.put("centreType", "ACCREDITED");
        t.put("programmeName", "Foundations of Professional Mentoring");
        t.put("level", null);
        t.put("hours", hours);
        t.put("inPersonDays", 3);
        t.put("mode", "BLENDED");
        LocalDate end = LocalDate.now().minusMonths(2);
        t.put("startDate", end.minusWeeks(6).toString());
        t.put("endDate", end.toString());
        t.put("instructorName", "Dr Lena Fischer");
        t.put("instructorEmail", "lena.fischer@trainers.example.org");
        t.put("evidence", "CERTIFICATE");
        t.put("documentId", documentId);
        return t;
    }

    public static Map<String, Object> contactReference(String engagementId) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", "CONTACT");
        r.put("refereeName", "Referee " + engagementId.substring(0, 8));
        r.put("refereeEmail", "referee-" + engagementId.substring(0, 8) + "@referees.example.org");
        r.put("refereeRole", "MENTEE");
        r.put("documentId", null);
        r.put("consentToContact", true);
        r.put("confidential", false);
        return r;
    }

    public static Map<String, Object> supervision() {
        return Map.of("supervisorName", "Helen Carter", "supervisorEmail", "helen.carter@supervisors.example.org",
                "postalAddress", "22 Example Road, Manchester M1 1AA, United Kingdom", "focus", "BOTH");
    }
}
