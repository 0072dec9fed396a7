package org.newsflow.runtime.streams;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each store partition's restoration from its changelog, where there is something to restore: where it
 * starts and must end, and when it is done, so that an operator sees why an app is not yet running after a crash
 * or a move of its tasks.
 */
final class RestoreLog implements StateRestoreListener {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreLog.class);

    private final String app;

    RestoreLog(String app) {
        this.app = app;
    }

    @Override
    public void onRestoreStart(TopicPartition changelog, String store, long startingOffset, long endingOffset) {
        if (endingOffset > startingOffset) {
            LOG.info("{}: restoring {} from {}, offsets {} to {}", app, store, changelog, startingOffset,
                    endingOffset);
        }
    }

    @Override
    public void onBatchRestored(TopicPartition changelog, String store, long batchEndOffset, long numRestored) {
        LOG.debug("{}: {} restored to offset {} from {}", app, store, batchEndOffset, changelog);
    }

    @Override
    public void onRestoreEnd(TopicPartition changelog, String store, long totalRestored) {
        if (totalRestored > 0) {
            LOG.info("{}: restored {} from {}: {} records", app, store, changelog, totalRestored);
        }
    }

    @Override
    public void onRestoreSuspended(TopicPartition changelog, String store, long totalRestored) {
        LOG.info("{}: restoration of {} from {} suspended after {} records", app, store, changelog, totalRestored);
    }
}
