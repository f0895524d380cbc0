package com.weibao.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without a browser the browser tests never pass silently: skipped with the reason, or failed where required. */
class BrowserTest {

    private static final Path NOWHERE = Path.of("target", "no-such-dir", "chromium");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void aMissingBrowserSkipsWithTheReason() {
        assertThatThrownBy(() -> Browser.requireInstalled(NOWHERE, JAVA, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(NOWHERE.toString()).hasMessageContaining("apt-get install chromium");
    }

    @Test
    void aMissingBrowserFailsWhereItIsRequired() {
        assertThatThrownBy(() -> Browser.requireInstalled(JAVA, NOWHERE, true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining(NOWHERE.toString()).hasMessageContaining(Browser.REQUIRED + "=true");
    }

    @Test
    void anInstalledBrowserIsUsed() {
        assertThatCode(() -> Browser.requireInstalled(JAVA, JAVA, true)).doesNotThrowAnyException();
    }
}
