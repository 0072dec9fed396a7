package org.newsflow.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BindAddressTest {

    @Test
    void loopbackNamesAreRecognisedWithoutAskingDns() {
        assertThat(BindAddress.isLoopbackName("localhost")).isTrue();
        assertThat(BindAddress.isLoopbackName("app.localhost")).isTrue();
        assertThat(BindAddress.isLoopbackName("127.0.0.1")).isTrue();
        assertThat(BindAddress.isLoopbackName("127.8.9.10")).isTrue();
        assertThat(BindAddress.isLoopbackName("[::1]")).isTrue();
        assertThat(BindAddress.isLoopbackName("0.0.0.0")).isFalse();
        assertThat(BindAddress.isLoopbackName("10.0.0.5")).isFalse();
        assertThat(BindAddress.isLoopbackName("evil.example")).isFalse();
        assertThat(BindAddress.isLoopbackName("localhost.evil.example")).isFalse();
        assertThat(BindAddress.isLoopbackName(null)).isFalse();
    }

    @Test
    void aBindAddressIsLoopbackOnlyWhenItCannotBeReachedFromOutside() {
        assertThat(BindAddress.isLoopback("127.0.0.1")).isTrue();
        assertThat(BindAddress.isLoopback("localhost")).isTrue();
        assertThat(BindAddress.isLoopback("0.0.0.0")).isFalse();
        assertThat(BindAddress.isLoopback("::")).isFalse();
    }
}
