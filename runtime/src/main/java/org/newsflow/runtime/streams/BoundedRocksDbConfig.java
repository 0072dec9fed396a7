package org.newsflow.runtime.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the memory of every RocksDB store of the app together: one block cache shared by all stores, with the
 * memtables charged against it, and index/filter blocks inside the cache (the pattern the Kafka Streams docs
 * recommend). The total is {@code rocksdb.memory.bytes}.
 */
public class BoundedRocksDbConfig implements RocksDBConfigSetter {

    public static final String MEMORY_BYTES_CONFIG = "newsflow.rocksdb.memory.bytes";

    private static final Object LOCK = new Object();
    private static Cache cache;
    private static WriteBufferManager writeBufferManager;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        long total = Long.parseLong(String.valueOf(configs.getOrDefault(MEMORY_BYTES_CONFIG, 64L << 20)));
        synchronized (LOCK) {
            if (cache == null) {
                // Shared for the process lifetime on purpose: stores come and go with rebalances.
                cache = new LRUCache(total, -1, false, 0.1);
                writeBufferManager = new WriteBufferManager(total / 2, cache);
            }
        }
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(cache);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(writeBufferManager);
        options.setTableFormatConfig(table);
        options.setMaxWriteBufferNumber(2);
        // A process holds dozens of stores (stores x partitions x window segments; all apps of `newsflow local`).
        // Once their memtables together pass the write buffer manager's limit, every put flushes the memtable of
        // the store written to, however small, while idle stores keep theirs: thousands of tiny files and write
        // stalls. Small memtables and small arena blocks (each open memtable charges at least one) keep a hundred
        // stores under the limit; the busy stores flush when their own memtable is full.
        long writeBuffer = Math.max(256L << 10, total / 256);
        options.setWriteBufferSize(writeBuffer);
        options.setArenaBlockSize(Math.max(16L << 10, writeBuffer / 16));
    }

    @Override
    public void close(String storeName, Options options) {
        // The shared cache and write buffer manager outlive individual stores.
    }
}
