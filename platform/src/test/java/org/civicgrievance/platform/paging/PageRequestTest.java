package org.civicgrievance.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civicgrievance.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersAreTheFirstPageOfTheDefaultSize() {
        assertEquals(new PageRequest(1, PageRequest.DEFAULT_SIZE), PageRequest.of(null, " "));
        assertEquals(new PageRequest(3, 100), PageRequest.of(" 3 ", "100"));
        assertEquals(100, new PageRequest(3, 50).offset());
    }

    @Test
    void whatIsNoPageIsRefusedNamingItsParameter() {
        for (String[] wrong : List.of(new String[] { "0", null }, new String[] { "-1", null },
                new String[] { "x", null }, new String[] { "99999999999", null }, new String[] { null, "0" },
                new String[] { null, "101" }, new String[] { null, "1e2" })) {
            ProblemException refused = assertThrows(ProblemException.class, () -> PageRequest.of(wrong[0], wrong[1]));
            String field = wrong[0] != null ? PageRequest.PAGE_PARAMETER : PageRequest.SIZE_PARAMETER;
            assertEquals(field, refused.problem().getErrors().get(0).field());
        }
    }

    @Test
    void aPagePastTheEndIsTheLastAndAPageSaysWhereItStands() {
        assertEquals(new PageRequest(3, 10), new PageRequest(9, 10).within(21));
        assertEquals(new PageRequest(1, 10), new PageRequest(9, 10).within(0));
        assertEquals(new PageRequest(2, 10), new PageRequest(2, 10).within(21));

        Page<String> middle = Page.of(List.of("k"), new PageRequest(2, 10), 21);
        assertEquals(3, middle.pages());
        assertTrue(middle.hasPrevious() && middle.hasNext());
        Page<String> last = Page.of(List.of("u"), new PageRequest(3, 10), 21);
        assertFalse(last.hasNext());
        assertEquals(List.of(1), last.map(String::length).items());
        assertEquals(1, Page.of(List.of(), PageRequest.first(), 0).pages());
    }
}
