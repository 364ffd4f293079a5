#!/usr/bin/env python3
"""Recompute a Custos audit pack's hash chain and check it against the signed checkpoints.

Python standard library only. Run from anywhere:

    python3 tools/verify_chain.py [PACK_FOLDER]

Checks, naming the sequence number of every failure:
  * data/chain.csv starts right after the anchor (the checkpoint before the period, or genesis)
    and its seq numbers are consecutive: a deleted row is named by its missing seq;
  * every row's prev_hash is the hash of the row before, and its hash is, under chain formula 2
    (manifest.json's chain.chain_formula), SHA-256(prev_hash || header_digest), where on in-scope
    rows header_digest is recomputed as the SHA-256 of the canonical header
      "custos-event-v2" || seq (8-byte big-endian) || time_ms (8-byte big-endian)
      || kind, actor, policy_hash (each a 4-byte big-endian UTF-8 length, then the UTF-8 bytes)
      || payload_digest (32 bytes) || facts_digest (32 bytes)
    and on digest-only rows taken from the column; packs without a formula are formula 1:
    SHA-256(prev_hash || seq as 8-byte big-endian || kind in UTF-8 || payload_digest);
  * at every checkpoint's seq the recomputed hash equals the checkpoint's hash, and every
    checkpoints/*.msg file holds exactly the bytes checkpoints.csv describes
    ("custos-checkpoint-v1" || seq || hash || time_ms, integers 8-byte big-endian), which are
    what the .sig files sign (check those with openssl, see README.txt);
  * in raw mode, every line of payloads.jsonl hashes to the payload_digest chain.csv records
    for its seq (data/payloads.csv maps lines to seqs).

Exit status: 0 when everything holds, 1 when a check fails, 2 when the pack cannot be read.
"""

import csv
import hashlib
import json
import os
import sys

MESSAGE_PREFIX = b"custos-checkpoint-v1"


class Unreadable(Exception):
    pass


def read_csv(path):
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            return list(csv.DictReader(handle))
    except OSError as error:
        raise Unreadable("cannot read %s: %s" % (path, error))


def need_columns(rows, path, names):
    if rows and not set(names) <= set(rows[0].keys()):
        missing = sorted(set(names) - set(rows[0].keys()))
        raise Unreadable("%s lacks the columns %s" % (path, ", ".join(missing)))


def from_hex(text, what):
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise Unreadable("%s is not hexadecimal: %r" % (what, text))


def load_anchor(pack):
    path = os.path.join(pack, "manifest.json")
    try:
        with open(path, encoding="utf-8") as handle:
            chain = json.load(handle)["chain"]
        formula = int(chain.get("chain_formula", 1))
        if formula not in (1, 2):
            raise Unreadable("%s names chain formula %d, which this script does not know" % (path, formula))
        return (int(chain["anchor_seq"]), from_hex(chain["anchor_hash"], "manifest anchor_hash"), formula)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise Unreadable("cannot read the chain anchor from %s: %s" % (path, error))


class Report:
    def __init__(self):
        self.failures = 0

    def ok(self, text):
        print("ok: " + text)

    def fail(self, text):
        self.failures += 1
        print("FAILED: " + text)


def chain_hash_v1(prev, seq, kind, digest):
    return hashlib.sha256(prev + seq.to_bytes(8, "big") + kind.encode("utf-8") + digest).digest()


def text_field(text):
    data = text.encode("utf-8")
    return len(data).to_bytes(4, "big") + data


def header_digest(row, seq, digest):
    header = (b"custos-event-v2" + seq.to_bytes(8, "big", signed=True)
              + int(row["time_ms"]).to_bytes(8, "big", signed=True)
              + text_field(row["kind"]) + text_field(row["actor"]) + text_field(row["policy_hash"])
              + digest + from_hex(row["facts_digest"], "seq %d facts_digest" % seq))
    return hashlib.sha256(header).digest()


def row_hash(row, seq, digest, prev, formula, report):
    """The hash the row should have; under formula 2 the header is recomputed on in-scope rows."""
    if formula == 1:
        return chain_hash_v1(prev, seq, row["kind"], digest), 0
    given = from_hex(row["header_digest"], "seq %d header_digest" % seq)
    problems = 0
    if row["in_scope"] == "1":
        computed = header_digest(row, seq, digest)
        if computed != given:
            report.fail("seq %d: its time_ms, kind, actor, policy_hash or digests do not give its header_digest" % seq)
            problems = 1
        given = computed
    return hashlib.sha256(prev + given).digest(), problems


def recompute_chain(rows, anchor_seq, anchor_hash, formula, report):
    """Returns {seq: (recomputed hash, payload digest)} for every row of chain.csv."""
    hashes = {anchor_seq: (anchor_hash, None)}
    expected_seq = anchor_seq + 1
    previous = anchor_hash
    problems = 0
    for row in rows:
        seq = int(row["seq"])
        if seq > expected_seq:
            missing = ("seq %d" % expected_seq if seq == expected_seq + 1
                       else "seqs %d to %d" % (expected_seq, seq - 1))
            report.fail("%s missing from chain.csv (the row before seq %d is gone)" % (missing, seq))
            problems += 1
        elif seq < expected_seq:
            report.fail("seq %d out of order or repeated in chain.csv (expected seq %d)" % (seq, expected_seq))
            problems += 1
        digest = from_hex(row["payload_digest"], "seq %d payload_digest" % seq)
        recorded_prev = from_hex(row["prev_hash"], "seq %d prev_hash" % seq)
        recorded = from_hex(row["hash"], "seq %d hash" % seq)
        if recorded_prev != previous:
            report.fail("seq %d: prev_hash %s is not the hash before it (%s)"
                        % (seq, recorded_prev.hex(), previous.hex()))
            problems += 1
        computed, header_problems = row_hash(row, seq, digest, recorded_prev, formula, report)
        problems += header_problems
        if computed != recorded:
            report.fail("seq %d: hash %s does not match the recomputed %s" % (seq, recorded.hex(), computed.hex()))
            problems += 1
        hashes[seq] = (computed, digest)
        # Go on from what the row claims, so one bad row is not reported again for every row after it.
        previous = recorded
        expected_seq = seq + 1
    if problems == 0:
        last = int(rows[-1]["seq"]) if rows else anchor_seq
        report.ok("chain recomputed from seq %d to seq %d (%d events)" % (anchor_seq + 1, last, len(rows)))
    return hashes, (int(rows[-1]["seq"]) if rows else anchor_seq)


def check_checkpoints(pack, rows, hashes, anchor_seq, last_seq, report):
    problems = 0
    signed_seqs = {int(row["seq"]) for row in rows}
    if anchor_seq == 0 and hashes[0][0] != bytes(32):
        report.fail("the chain starts at genesis but the manifest's anchor hash is not 32 zero bytes")
        problems += 1
    elif anchor_seq > 0 and anchor_seq not in signed_seqs:
        report.fail("the anchor seq %d is not one of the signed checkpoints" % anchor_seq)
        problems += 1
    for row in rows:
        seq = int(row["seq"])
        signed_hash = from_hex(row["hash"], "checkpoint %d hash" % seq)
        if seq not in hashes:
            report.fail("checkpoint seq %d: chain.csv has no row at that seq" % seq)
            problems += 1
        elif hashes[seq][0] != signed_hash:
            report.fail("checkpoint seq %d: the chain's hash there is %s, the checkpoint signed %s"
                        % (seq, hashes[seq][0].hex(), signed_hash.hex()))
            problems += 1
        message = MESSAGE_PREFIX + seq.to_bytes(8, "big") + signed_hash + int(row["time_ms"]).to_bytes(8, "big")
        message_path = os.path.join(pack, row["message_file"])
        try:
            with open(message_path, "rb") as handle:
                on_disk = handle.read()
        except OSError as error:
            report.fail("checkpoint seq %d: cannot read %s: %s" % (seq, row["message_file"], error))
            problems += 1
            continue
        if on_disk != message:
            report.fail("checkpoint seq %d: %s does not hold the seq, hash and time of checkpoints.csv"
                        % (seq, row["message_file"]))
            problems += 1
    closing = max((int(row["seq"]) for row in rows), default=None)
    if closing is None:
        report.fail("no checkpoint in checkpoints.csv: nothing signs the chain")
        problems += 1
    elif closing != last_seq:
        report.fail("chain.csv ends at seq %d but the closing checkpoint is at seq %d" % (last_seq, closing))
        problems += 1
    if problems == 0:
        report.ok("%d checkpoints match the recomputed chain and their .msg files" % len(rows))


def check_raw_payloads(pack, hashes, report):
    lines_path = os.path.join(pack, "payloads.jsonl")
    if not os.path.exists(lines_path):
        return
    index_path = os.path.join(pack, "data", "payloads.csv")
    index = read_csv(index_path)
    need_columns(index, index_path, ["seq", "line", "payload_digest"])
    try:
        with open(lines_path, "rb") as handle:
            lines = handle.read().split(b"\n")
    except OSError as error:
        raise Unreadable("cannot read %s: %s" % (lines_path, error))
    if lines and lines[-1] == b"":
        lines.pop()
    problems = 0
    if len(lines) != len(index):
        report.fail("payloads.jsonl has %d lines, data/payloads.csv lists %d" % (len(lines), len(index)))
        problems += 1
    for entry, line in zip(index, lines):
        seq = int(entry["seq"])
        digest = hashlib.sha256(line).digest()
        if seq not in hashes:
            report.fail("payload of seq %d (line %s): chain.csv has no such seq" % (seq, entry["line"]))
            problems += 1
        elif hashes[seq][1] != digest:
            report.fail("payload of seq %d (line %s) hashes to %s, chain.csv records %s"
                        % (seq, entry["line"], digest.hex(), hashes[seq][1].hex()))
            problems += 1
    if problems == 0:
        report.ok("%d raw payloads hash to the digests chain.csv records" % len(lines))


def main(argv):
    pack = argv[1] if len(argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    report = Report()
    try:
        anchor_seq, anchor_hash, formula = load_anchor(pack)
        chain_path = os.path.join(pack, "data", "chain.csv")
        chain = read_csv(chain_path)
        need_columns(chain, chain_path, ["seq", "kind", "payload_digest", "prev_hash", "hash"])
        if formula == 2:
            need_columns(chain, chain_path, ["time_ms", "actor", "policy_hash", "in_scope", "facts_digest",
                                             "header_digest"])
        checkpoints_path = os.path.join(pack, "data", "checkpoints.csv")
        checkpoints = read_csv(checkpoints_path)
        need_columns(checkpoints, checkpoints_path, ["seq", "hash", "time_ms", "message_file"])
        hashes, last_seq = recompute_chain(chain, anchor_seq, anchor_hash, formula, report)
        check_checkpoints(pack, checkpoints, hashes, anchor_seq, last_seq, report)
        check_raw_payloads(pack, hashes, report)
    except (Unreadable, ValueError) as error:
        print("FAILED: %s" % error)
        return 2
    if report.failures:
        print("chain verification FAILED (%d problems)" % report.failures)
        return 1
    print("chain verified")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
