package org.mentorcred.application.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypeTest {

    /** Hex of the first bytes, and what they are. */
    @ParameterizedTest
    @CsvSource({
            "255044462D312E34,            PDF",
            "255044462D,                  PDF",
            "2550444620,                  ",
            "89504E470D0A1A0A0000000D,    PNG",
            "89504E470D0A1A,              ",
            "FFD8FFE000104A464946,        JPEG",
            "FFD8FF,                      JPEG",
            "FFD8,                        ",
            "504B0304,                    ",
            "'',                          " })
    void recognisesDocumentsByTheirFirstBytes(String hex, DocumentType expected) {
        assertEquals(Optional.ofNullable(expected), DocumentType.recognise(java.util.HexFormat.of().parseHex(hex)));
    }

    @Test
    void knowsTheDeclaredMediaTypes() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.ofMediaType("application/pdf"));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.ofMediaType("IMAGE/JPEG"));
        assertEquals(Optional.empty(), DocumentType.ofMediaType("text/plain"));
    }

    @Test
    void keepsOnlyTheNameOfAnUploadedPath() {
        assertEquals("cert.pdf", DocumentService.filename("C:\\Users\\me\\cert.pdf", DocumentType.PDF));
        assertEquals("cert.pdf", DocumentService.filename("../../etc/cert.pdf", DocumentType.PDF));
        assertEquals("document.png", DocumentService.filename("  ", DocumentType.PNG));
        assertEquals("document.jpg", DocumentService.filename("dir/", DocumentType.JPEG));
    }
}
