"""Interoperability check of the embedded stack with clients nobody on this project wrote.

Confluent's SchemaRegistryClient (confluent-kafka-python), librdkafka (its Producer and Consumer) and Apache
Avro's Python library talk to the embedded schema registry and broker:

1. the registry client registers, lists and fetches schemas, gets Confluent-shaped errors (409 for an
   incompatible schema, 40401 for an unknown subject), all over one keep-alive HTTP connection;
2. a record in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary) that the Java
   side produced is consumed with librdkafka and decoded with Apache Avro using the schema fetched by id;
3. a record encoded the same way in Python is produced with librdkafka for the Java side to decode;
4. modes through the client's REST layer (this client version has no mode methods): a READONLY subject refuses
   registrations with 42205, IMPORT over existing schemas needs force, an IMPORT subject takes a schema under a
   given id and version, and a subject without a mode of its own answers 40409.

Usage: confluent_interop.py REGISTRY_URL BOOTSTRAP_SERVERS TOPIC_FROM_JAVA TOPIC_TO_JAVA
Prints one JSON line on stdout: {"schemaId", "decoded", "connections", "requests"}; exits 1 on failure.
"""
import io
import json
import struct
import sys
import time

import avro.io
import avro.schema
from confluent_kafka import Consumer, Producer
from confluent_kafka.schema_registry import Schema, SchemaRegistryClient
from confluent_kafka.schema_registry.error import SchemaRegistryError

SCHEMA = {
    "type": "record", "name": "Interop", "namespace": "org.newsflow.interop",
    "fields": [
        {"name": "id", "type": "string"},
        {"name": "count", "type": "long"},
        {"name": "score", "type": "double"},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "note", "type": ["null", "string"], "default": None},
        {"name": "label", "type": {"type": "enum", "name": "Label",
                                   "symbols": ["NEGATIVE", "NEUTRAL", "POSITIVE"]}},
    ],
}
# A new field without a default: data written with SCHEMA cannot be read with it (not BACKWARD compatible).
INCOMPATIBLE = dict(SCHEMA, fields=SCHEMA["fields"] + [{"name": "extra", "type": "string"}])
# A new field with a default: compatible.
COMPATIBLE = dict(SCHEMA, fields=SCHEMA["fields"] + [{"name": "extra", "type": "string", "default": ""}])

PYTHON_RECORD = {"id": "from-python", "count": 1234567890123, "score": -0.25, "tags": ["a", "Zürich “b”"],
                 "note": None, "label": "POSITIVE"}


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_error(call, status, code):
    try:
        call()
    except SchemaRegistryError as e:
        check(e.http_status_code == status and e.error_code == code,
              "expected HTTP %d / %d, got %d / %d: %s" % (status, code, e.http_status_code, e.error_code,
                                                          e.error_message))
        return e
    raise AssertionError("expected HTTP %d / %d, the call succeeded" % (status, code))


def registry_checks(client, subject):
    schema = Schema(json.dumps(SCHEMA), "AVRO")
    schema_id = client.register_schema(subject, schema)
    check(isinstance(schema_id, int) and schema_id > 0, "register returned %r" % schema_id)
    check(subject in client.get_subjects(), "subject missing from get_subjects")
    check(client.get_versions(subject) == [1], "versions: %r" % client.get_versions(subject))
    latest = client.get_latest_version(subject)
    check(latest.schema_id == schema_id and latest.version == 1 and latest.subject == subject,
          "latest: %r" % latest.__dict__)
    check(avro.schema.parse(latest.schema.schema_str) == avro.schema.parse(json.dumps(SCHEMA)),
          "latest schema differs")
    check(client.get_version(subject, 1).schema_id == schema_id, "get_version(1)")
    check(client.lookup_schema(subject, schema).version == 1, "lookup_schema")
    check(client.test_compatibility(subject, Schema(json.dumps(COMPATIBLE), "AVRO")), "compatible change refused")
    check(not client.test_compatibility(subject, Schema(json.dumps(INCOMPATIBLE), "AVRO")),
          "incompatible change accepted by test_compatibility")
    err = expect_error(lambda: client.register_schema(subject, Schema(json.dumps(INCOMPATIBLE), "AVRO")), 409, 409)
    check("extra" in err.error_message, "409 message does not name the field: " + err.error_message)
    expect_error(lambda: client.get_latest_version(subject + "-missing"), 404, 40401)
    expect_error(lambda: client.get_version(subject, 99), 404, 40402)
    expect_error(lambda: client.register_schema(subject, Schema('{"type": "recrod"}', "AVRO")), 422, 42201)
    check(client.set_compatibility(subject, "FULL") == {"compatibility": "FULL"}, "set_compatibility")
    check(client.get_compatibility(subject) == "FULL", "get_compatibility(subject)")
    check(client.get_compatibility() == "BACKWARD_TRANSITIVE", "global level: " + client.get_compatibility())
    return schema_id


def mode_checks(client, subject, schema_id):
    rest = client._rest_client
    check(rest.get("mode") == {"mode": "READWRITE"}, "global mode: %r" % rest.get("mode"))
    expect_error(lambda: rest.get("mode/" + subject), 404, 40409)
    check(rest.put("mode/" + subject, {"mode": "READONLY"}) == {"mode": "READONLY"}, "set READONLY")
    check(rest.get("mode/" + subject) == {"mode": "READONLY"}, "get READONLY")
    err = expect_error(lambda: client.register_schema(subject, Schema(json.dumps(COMPATIBLE), "AVRO")), 422, 42205)
    check("read-only" in err.error_message, "READONLY message: " + err.error_message)
    expect_error(lambda: rest.put("mode/" + subject, {"mode": "IMPORT"}), 422, 42205)
    expect_error(lambda: rest.put("mode/" + subject, {"mode": "SOMETIMES"}), 422, 42204)
    check(rest.delete("mode/" + subject) == {"mode": "READONLY"}, "delete mode")
    expect_error(lambda: rest.get("mode/" + subject), 404, 40409)

    imported = subject + "-imported"
    check(rest.put("mode/" + imported, {"mode": "IMPORT"}) == {"mode": "IMPORT"}, "set IMPORT")
    expect_error(lambda: client.register_schema(imported, Schema(json.dumps(SCHEMA), "AVRO")), 422, 42205)
    reply = rest.post("subjects/%s/versions" % imported, {"schema": json.dumps(SCHEMA), "id": schema_id,
                                                          "version": 7})
    check(reply == {"id": schema_id}, "import reply: %r" % reply)
    check(rest.put("mode/" + imported, {"mode": "READWRITE"}) == {"mode": "READWRITE"}, "back to READWRITE")
    check(client.get_version(imported, 7).schema_id == schema_id, "imported version 7")


def encode(schema_id, schema, record):
    out = io.BytesIO()
    out.write(struct.pack(">bI", 0, schema_id))
    avro.io.DatumWriter(schema).write(record, avro.io.BinaryEncoder(out))
    return out.getvalue()


def decode(client, payload):
    check(len(payload) > 5 and payload[0] == 0, "not the Confluent wire format: %r" % payload[:8])
    schema_id = struct.unpack(">I", payload[1:5])[0]
    writer = avro.schema.parse(client.get_schema(schema_id).schema_str)
    return avro.io.DatumReader(writer, writer).read(avro.io.BinaryDecoder(io.BytesIO(payload[5:])))


def consume_one(bootstrap, topic):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "interop-" + topic,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False})
    try:
        consumer.subscribe([topic])
        deadline = time.time() + 30
        while time.time() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            check(msg.error() is None, "consumer error: %s" % msg.error())
            return msg.value()
        raise AssertionError("no record on %s within 30 s" % topic)
    finally:
        consumer.close()


def produce(bootstrap, topic, key, value):
    reports = []
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "message.timeout.ms": 20000})
    producer.produce(topic, key=key, value=value, on_delivery=lambda err, msg: reports.append(err))
    check(producer.flush(30) == 0, "librdkafka did not deliver within 30 s")
    check(reports == [None], "delivery failed: %r" % reports)


def main(url, bootstrap, topic_from_java, topic_to_java):
    client = SchemaRegistryClient({"url": url})
    schema_id = registry_checks(client, topic_to_java + "-value")
    mode_checks(client, topic_to_java + "-value", schema_id)

    decoded = decode(client, consume_one(bootstrap, topic_from_java))
    produce(bootstrap, topic_to_java, b"from-python", encode(schema_id, avro.schema.parse(json.dumps(SCHEMA)),
                                                             PYTHON_RECORD))

    # Every request above went through one requests.Session: count the TCP connections it opened.
    pools = list(client._rest_client.session.adapters["http://"].poolmanager.pools._container.values())
    connections = sum(p.num_connections for p in pools)
    requests_made = sum(p.num_requests for p in pools)
    print(json.dumps({"schemaId": schema_id, "decoded": decoded, "connections": connections,
                      "requests": requests_made}, ensure_ascii=False))


if __name__ == "__main__":
    try:
        main(*sys.argv[1:5])
    except Exception as e:  # report every failure the same way to the Java side
        print("interop failure: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        raise SystemExit(1)
