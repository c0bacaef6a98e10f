package org.mentorcred.payment.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorcred.payment.fee.service.FeeScheduleLoader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The shipped fee schedule prices every programme as DOMAIN.md says, and bad schedules are refused. */
class FeeTableTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    static FeeTable table;

    @BeforeAll
    static void load() throws IOException {
        FeeScheduleDocument document = MAPPER.readValue(shipped().toString(), FeeScheduleDocument.class);
        assertEquals(List.of(), document.validate());
        table = document.toTable();
    }

    static ObjectNode shipped() throws IOException {
        try (InputStream in = FeeTableTest.class.getClassLoader().getResourceAsStream("fees/fee-schedule-v1.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    /** DOMAIN.md, "Fees (USD)": accreditation at the member / non-member price plus the exam fee. */
    @ParameterizedTest(name = "{0} member={1}: {2} + exam {3} = {4}")
    @CsvSource({
            "IMC_CPM,            true,  250.00, ,       250.00",
            "IMC_CPM,            false, 398.00, ,       398.00",
            "IPMA_AM,            true,   99.00, 31.00,  130.00",
            "IPMA_AM,            false, 299.00, 31.00,  330.00",
            "IPMA_PM,            true,  139.00, 31.00,  170.00",
            "IPMA_PM,            false, 399.00, 31.00,  430.00",
            "IPMA_SM,            true,  299.00, 131.00, 430.00",
            "IPMA_SM,            false, 599.00, 131.00, 730.00",
            "IPMA_MM,            true,  499.00, 331.00, 830.00",
            "IPMA_MM,            false, 799.00, 331.00, 1130.00",
            "IPMA_SM_FAST_TRACK, true,  299.00, 131.00, 430.00",
            "IPMA_SM_FAST_TRACK, false, 599.00, 131.00, 730.00" })
    void pricesEveryProgrammeAsTheDomainSays(Programme programme, boolean member, String accreditation, String exam,
            String total) {
        List<FeeLine> lines = table.accreditation(programme, member);
        assertEquals(FeeLine.ACCREDITATION_FEE, lines.get(0).code());
        assertEquals(new BigDecimal(accreditation), lines.get(0).amount());
        assertTrue(lines.get(0).description().endsWith(member ? ", member price" : ", non-member price"));
        if (exam == null) {
            assertEquals(1, lines.size());
        } else {
            assertEquals(2, lines.size());
            assertEquals(FeeLine.EXAM_FEE, lines.get(1).code());
            assertEquals(new BigDecimal(exam), lines.get(1).amount());
        }
        assertEquals(new BigDecimal(total), FeeTable.total(lines));
    }

    @Test
    void permanentStatusCostsMembersAHundredAndIsNotSoldToNonMembers() {
        List<FeeLine> lines = table.permanentUpgrade(true, "MC-IPMA-PM-2027-000007").orElseThrow();
        assertEquals(List.of(new FeeLine(FeeLine.PERMANENT_UPGRADE,
                "Permanent status for credential MC-IPMA-PM-2027-000007", new BigDecimal("100.00"))), lines);
        assertTrue(table.permanentUpgrade(false, "MC-IPMA-PM-2027-000007").isEmpty());
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "/version                               | 0        | version must be a whole number from 1",
            "/currency                              | EUR      | currency must be one of [USD]",
            "/programmes/IPMA_PM/accreditation/member | 139      | programmes.IPMA_PM.accreditation.member must be an amount with two decimals",
            "/programmes/IPMA_PM/accreditation/member | 139.001  | programmes.IPMA_PM.accreditation.member must be an amount with two decimals",
            "/programmes/IPMA_PM/accreditation/member | -1.00    | programmes.IPMA_PM.accreditation.member must be an amount with two decimals",
            "/programmes/IPMA_AM/exam               | 31.5     | programmes.IPMA_AM.exam must be an amount with two decimals",
            "/permanentUpgrade/member               | 1e2      | permanentUpgrade.member must be an amount with two decimals" })
    void refusesAScheduleWithABadValue(String pointer, String value, String error) throws IOException {
        ObjectNode document = shipped();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        ObjectNode target = parent.isEmpty() ? document : (ObjectNode) document.at(parent);
        if (field.equals("version")) {
            target.put(field, Integer.parseInt(value));
        } else {
            target.put(field, value);
        }
        List<String> errors = MAPPER.treeToValue(document, FeeScheduleDocument.class).validate();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(error)), () -> "expected " + error + " in " + errors);
    }

    @Test
    void refusesAScheduleMissingAProgrammeOrWithAnUnknownOne() throws IOException {
        ObjectNode document = shipped();
        ((ObjectNode) document.get("programmes")).remove("IPMA_MM");
        ((ObjectNode) document.get("programmes")).set("IPMA_XX", document.get("programmes").get("IPMA_AM"));
        List<String> errors = MAPPER.treeToValue(document, FeeScheduleDocument.class).validate();
        assertTrue(errors.contains("programmes.IPMA_MM is missing"), errors::toString);
        assertTrue(errors.contains("programmes.IPMA_XX is not a programme"), errors::toString);
    }

    @Test
    void aChangedPriceChangesTheFingerprint() throws IOException {
        ObjectNode document = shipped();
        ((ObjectNode) document.at("/programmes/IPMA_PM/accreditation")).put("member", "140.00");
        FeeTable changed = MAPPER.treeToValue(document, FeeScheduleDocument.class).toTable();
        assertNotEquals(FeeScheduleDocument.fingerprint(table), FeeScheduleDocument.fingerprint(changed));
        assertEquals(FeeScheduleDocument.fingerprint(table), FeeScheduleDocument.fingerprint(
                MAPPER.treeToValue(shipped(), FeeScheduleDocument.class).toTable()));
    }

    @Test
    void laterVersionsMustTakeEffectLater() throws IOException {
        ObjectNode second = shipped();
        second.put("version", 2);
        FeeTable sameDay = MAPPER.treeToValue(second, FeeScheduleDocument.class).toTable();
        assertThrows(IllegalStateException.class,
                () -> FeeScheduleLoader.checkOrder(List.of(table, sameDay)));
        second.put("effectiveFrom", "2027-01-01");
        FeeTable later = MAPPER.treeToValue(second, FeeScheduleDocument.class).toTable();
        FeeScheduleLoader.checkOrder(List.of(later, table));
    }
}
