package org.newsflow.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokensTest {

    @Test
    void anyConfiguredTokenIsAcceptedAndNothingElse() {
        BearerTokens tokens = BearerTokens.parse(" old-token , new-token ,");

        assertThat(tokens.required()).isTrue();
        assertThat(tokens.accepts("Bearer old-token")).isTrue();
        assertThat(tokens.accepts("bearer new-token")).isTrue();
        assertThat(tokens.accepts("Bearer new-toke")).isFalse();
        assertThat(tokens.accepts("Bearer new-token2")).isFalse();
        assertThat(tokens.accepts("Bearer ")).isFalse();
        assertThat(tokens.accepts("Basic bmV3LXRva2Vu")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
        assertThat(tokens.firstAsHeader()).isEqualTo("Bearer old-token");
    }

    @Test
    void noTokensMeansNoneIsRequired() {
        assertThat(BearerTokens.parse("").required()).isFalse();
        assertThat(BearerTokens.parse(null).required()).isFalse();
        assertThat(BearerTokens.none().accepts("Bearer anything")).isFalse();
    }
}
