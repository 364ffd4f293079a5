#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target (tests/fuzz/corpus/<target>/) from real requests,
streams and the repository's test data. Run from the repository root; the output is committed.

Targets that read a split input (fuzz_http, fuzz_sse, fuzz_stream_scanner; see FuzzInput.h) get a
header byte (low nibble: number of cuts; for fuzz_sse the high nibble picks the API) and the cuts."""
import hashlib
import json
import os
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests/fuzz/corpus"
# ApiFlavor order: OpenAIChat, OpenAIResponses, OpenAICompletions, OpenAIEmbeddings, AnthropicMessages
API = {"chat": 0, "responses": 1, "completions": 2, "anthropic": 4}


def write(target, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def split(data, cuts, high=0):
    return bytes([(high << 4) | len(cuts)]) + b"".join(struct.pack("<H", c) for c in cuts) + data


def http_seeds():
    chat = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi jane.doe@example.org"}]}).encode()
    anthropic = json.dumps({"model": "claude-3-5-haiku", "max_tokens": 64,
                            "messages": [{"role": "user", "content": "hello"}]}).encode()
    requests = [
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:8787\r\nAuthorization: Bearer ck_test\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(chat), chat),
        b"POST /v1/messages HTTP/1.1\r\nHost: localhost\r\nx-api-key: ck_test\r\nanthropic-version: 2023-06-01\r\n"
        b"Content-Length: %d\r\nExpect: 100-continue\r\n\r\n%s" % (len(anthropic), anthropic),
        b"GET /custos/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\nHEAD /custos/v1/health HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /v1/responses HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"7\r\n{\"input\r\n5;ext=1\r\n\":\"a\"\r\n1\r\n}\r\n0\r\nX-Trailer: t\r\n\r\n",
        b"GET /v1/models?limit=5 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
        b"\r\n\r\nOPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"POST /v1/embeddings HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
    ]
    for request in requests:
        write("fuzz_http", split(request, []))
        write("fuzz_http", split(request, [len(request) // 3, len(request) // 2, len(request) - 1]))


def frame(obj, event=None):
    text = (b"event: %s\n" % event.encode()) if event else b""
    return text + b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"


def sse_streams():
    chunk = lambda delta, finish=None: {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-4o",
                                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    chat = (frame(chunk({"role": "assistant", "content": ""})) + frame(chunk({"content": "mail jane.do"}))
            + frame(chunk({"content": "e@example.org now"})) + frame(chunk({}, "stop")) + b"data: [DONE]\n\n")
    tool = (frame(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                         "function": {"name": "send", "arguments": ""}}]}))
            + frame(chunk({"tool_calls": [{"index": 0, "function": {"arguments": "{\"key\":\"AKIAQ3EG"}}]}))
            + frame(chunk({"tool_calls": [{"index": 0, "function": {"arguments": "RPNW5KFZJ7TX\"}"}}]}))
            + frame(chunk({}, "tool_calls")) + b"data: [DONE]\n\n")
    completion = lambda text, finish=None: {"id": "cmpl-1", "object": "text_completion",
                                            "choices": [{"text": text, "index": 0, "finish_reason": finish}]}
    completions = (frame(completion("card 4111 1111 ")) + frame(completion("1111 1111 ok"))
                   + frame(completion("", "stop")) + b"data: [DONE]\n\n")
    seq = iter(range(100))
    resp = lambda kind, **fields: frame(dict(type=kind, sequence_number=next(seq), **fields), kind)
    responses = (resp("response.created", response={"id": "resp_1", "status": "in_progress", "output": []})
                 + resp("response.output_item.added", output_index=0,
                        item={"type": "message", "id": "msg_1", "role": "assistant", "content": []})
                 + resp("response.output_text.delta", item_id="msg_1", output_index=0, content_index=0,
                        delta="call +44 20 79")
                 + resp("response.output_text.delta", item_id="msg_1", output_index=0, content_index=0,
                        delta="46 0958 today")
                 + resp("response.output_text.done", item_id="msg_1", output_index=0, content_index=0,
                        text="call +44 20 7946 0958 today")
                 + resp("response.completed", response={"id": "resp_1", "status": "completed", "output": []}))
    anthropic = (frame({"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
                                                              "content": [], "model": "claude"}}, "message_start")
                 + frame({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
                         "content_block_start")
                 + frame({"type": "ping"}, "ping")
                 + frame({"type": "content_block_delta", "index": 0,
                          "delta": {"type": "text_delta", "text": "token ghp_abcdefghijklmnop"}}, "content_block_delta")
                 + frame({"type": "content_block_delta", "index": 0,
                          "delta": {"type": "text_delta", "text": "qrstuvwxyz0123456789 end"}}, "content_block_delta")
                 + frame({"type": "content_block_stop", "index": 0}, "content_block_stop")
                 + frame({"type": "message_delta", "delta": {"stop_reason": "end_turn"}}, "message_delta")
                 + frame({"type": "message_stop"}, "message_stop"))
    error = frame({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}, "error")
    return [("chat", chat), ("chat", tool), ("completions", completions), ("responses", responses),
            ("anthropic", anthropic), ("anthropic", error), ("chat", b": comment\r\nid: 7\r\ndata: [DONE]\r\n\r\n")]


def sse_seeds():
    for api, stream in sse_streams():
        write("fuzz_sse", split(stream, [], API[api]))
        write("fuzz_sse", split(stream, [len(stream) // 4, len(stream) // 2, len(stream) - 3], API[api]))


def payload_seeds():
    for case in json.loads((ROOT / "tests/policy/data/payload_locations.json").read_text()):
        write("fuzz_payload", json.dumps(case["body"]).encode())


def policy_seeds():
    folders = ["tests/policy/data", "tests/gateway/data", "resources/policies"]
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.yaml")):
            write("fuzz_policy", path.read_bytes())


def texts():
    for line in (ROOT / "tests/detectors/data/pack_cases.jsonl").read_text().splitlines()[::6]:
        yield json.loads(line)["text"].replace("«", "").replace("»", "")


def detector_seeds():
    for text in texts():
        write("fuzz_detectors", text.encode())


def scanner_seeds():
    for text in texts():
        data = text.encode()
        write("fuzz_stream_scanner", split(data, [len(data) // 2]))
        write("fuzz_stream_scanner", split(data, [3, 9, 15, 21, 27]))


if __name__ == "__main__":
    os.chdir(ROOT)
    http_seeds()
    sse_seeds()
    payload_seeds()
    policy_seeds()
    detector_seeds()
    scanner_seeds()
