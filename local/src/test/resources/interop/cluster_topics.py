#!/usr/bin/env python3
"""Describes topics with librdkafka's admin client (confluent_kafka.admin.AdminClient), as an operator's own
tooling would see them.

Usage: cluster_topics.py BOOTSTRAP_SERVERS TOPIC...
Prints one JSON line: {"brokers": n, "topics": {topic: {"partitions": n, "replicas": [..per partition..],
"isr": [..], "minInsyncReplicas": n}}}.
"""
import json
import sys

from confluent_kafka.admin import AdminClient, ConfigResource


def main():
    bootstrap, topics = sys.argv[1], sys.argv[2:]
    admin = AdminClient({"bootstrap.servers": bootstrap})
    metadata = admin.list_topics(timeout=30)
    out = {"brokers": len(metadata.brokers), "topics": {}}
    resources = [ConfigResource(ConfigResource.Type.TOPIC, t) for t in topics]
    configs = admin.describe_configs(resources)
    for resource, future in configs.items():
        entries = future.result(timeout=30)
        topic = metadata.topics.get(resource.name)
        if topic is None or topic.error is not None:
            out["topics"][resource.name] = {"error": str(topic.error if topic else "missing")}
            continue
        partitions = sorted(topic.partitions.values(), key=lambda p: p.id)
        out["topics"][resource.name] = {
            "partitions": len(partitions),
            "replicas": [len(p.replicas) for p in partitions],
            "isr": [len(p.isrs) for p in partitions],
            "minInsyncReplicas": int(entries["min.insync.replicas"].value),
        }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
