package org.newsflow.runtime.streams;

import org.newsflow.schemas.dlq.DeadLetters;

/** Failure reasons in a line: the message chain, without stack traces, cut to a readable length. */
final class DeadLettersText {

    private static final int MAX = 300;

    private DeadLettersText() {
    }

    static String shortReason(Throwable error) {
        String text = DeadLetters.messageChain(error);
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}
