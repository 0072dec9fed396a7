// Reads the few pipeline figures the overview shows out of the Prometheus text exposition at /metrics.

// Kafka Streams exposes its states as the ordinals of KafkaStreams.State and StreamThread.State.
const CLIENT_STATES = ['CREATED', 'REBALANCING', 'RUNNING', 'PENDING_SHUTDOWN', 'NOT_RUNNING', 'PENDING_ERROR', 'ERROR'];
const THREAD_STATES = ['CREATED', 'STARTING', 'PARTITIONS_REVOKED', 'PARTITIONS_ASSIGNED', 'RUNNING',
  'PENDING_SHUTDOWN', 'DEAD'];

/** Parses `name{label="v",...} value` lines into [{name, labels, value}]. */
export function parsePrometheus(text) {
  const samples = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels = {};
    if (m[3]) {
      for (const l of m[3].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    }
    samples.push({ name: m[1], labels, value: Number(m[4]) });
  }
  return samples;
}

function pick(samples, name, filter = () => true) {
  return samples.filter((x) => x.name === name && filter(x.labels) && Number.isFinite(x.value));
}

/** The pipeline figures available from this instance's metrics; a figure absent from them is undefined. */
export function pipelineFigures(text) {
  const samples = parsePrometheus(text);
  const out = {};
  const clients = pick(samples, 'kafka_stream_client_state');
  if (clients.length) {
    out.apps = clients.map((x) => ({
      application: x.labels.application_id || x.labels.client_id,
      state: CLIENT_STATES[x.value] || `state ${x.value}`,
    }));
  }
  const threads = pick(samples, 'kafka_stream_thread_thread_state');
  if (threads.length) {
    out.threads = threads.map((x) => THREAD_STATES[x.value] || `state ${x.value}`);
  }
  const alive = pick(samples, 'kafka_stream_alive_stream_threads');
  if (alive.length) out.aliveThreads = alive.reduce((a, x) => a + x.value, 0);
  const failed = pick(samples, 'kafka_stream_failed_stream_threads_total');
  if (failed.length) out.failedThreads = failed.reduce((a, x) => a + x.value, 0);
  // The main consumers only: restore consumers report the changelog, not the input.
  const mainConsumer = (l) => !String(l.client_id || '').includes('restore-consumer');
  // Current lag per partition; the same partition can be listed under its topic name with dots and with
  // underscores, so count each (client, topic, partition) once.
  const lagByPartition = new Map();
  for (const x of pick(samples, 'kafka_consumer_fetch_manager_records_lag', (l) => mainConsumer(l) && l.partition !== undefined)) {
    lagByPartition.set(`${x.labels.client_id}|${String(x.labels.topic).replace(/\./g, '_')}|${x.labels.partition}`, x.value);
  }
  if (lagByPartition.size) {
    out.consumerLag = [...lagByPartition.values()].reduce((a, v) => a + v, 0);
    out.lagPartitions = lagByPartition.size;
  }
  const consumed = pick(samples, 'kafka_consumer_fetch_manager_records_consumed_total', mainConsumer);
  if (consumed.length) out.recordsConsumed = consumed.reduce((a, x) => a + x.value, 0);
  const dlq = samples.filter((x) => /dlq|dead_letter/i.test(x.name) && /_total$/.test(x.name));
  if (dlq.length) out.deadLetters = dlq.reduce((a, x) => a + x.value, 0);
  const requests = pick(samples, 'newsflow_projections_http_requests_seconds_count');
  if (requests.length) out.httpRequests = requests.reduce((a, x) => a + x.value, 0);
  return out;
}
