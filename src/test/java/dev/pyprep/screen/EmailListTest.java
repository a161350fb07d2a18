package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pyprep.screen.app.EmailList;
import dev.pyprep.system.UserError;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EmailListTest {

    @Test
    void pastedAddressesAndACsvEmailColumnAreReadAndDeduplicated() {
        var csv = new StringReader("name,email\nAnn,ann@example.com\n\"Bob, Jr\",BOB@example.com\n");
        assertThat(EmailList.parse("x@example.com; ann@example.com\ny@example.org", csv))
                .containsExactly("x@example.com", "ann@example.com", "y@example.org", "bob@example.com");
        assertThat(EmailList.parse(null, new StringReader("c@example.com\nd@example.com"))).containsExactly("c@example.com", "d@example.com");
    }

    @Test
    void anyInvalidAddressRefusesTheWholeListNamingTheBadOnes() {
        assertThatThrownBy(() -> EmailList.parse("good@example.com, not-an-email, also@bad", null))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("Nobody was invited")
                .hasMessageContaining("not-an-email")
                .hasMessageContaining("also@bad");
        assertThatThrownBy(() -> EmailList.parse("  ", null)).hasMessageContaining("at least one");
    }
}
