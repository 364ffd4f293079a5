#include "core/audit/AuditTables.h"

using namespace Qt::StringLiterals;

namespace custos::audit::AuditTables {

namespace {

CsvColumn textColumn(const QString &name, const QString &meaning)
{
    return CsvColumn{name, false, meaning};
}

CsvColumn numberColumn(const QString &name, const QString &meaning)
{
    return CsvColumn{name, true, meaning};
}

} // namespace

CsvTable interactions()
{
    return CsvTable{
        u"interactions.csv"_s,
        u"Every interaction of the chosen services in the period, one row each, in ledger order."_s,
        {
            numberColumn(u"seq"_s, u"Ledger sequence number of the interaction event."_s),
            textColumn(u"time_utc"_s, u"When the ledger recorded the interaction."_s),
            textColumn(u"interaction_id"_s,
                       u"The gateway's id of the exchange, as returned to the caller."_s),
            textColumn(u"service"_s, u"Service of the caller's Custos key."_s),
            textColumn(u"user"_s,
                       u"User the caller's Custos key belongs to; empty when the key did not resolve."_s),
            textColumn(u"key_prefix"_s,
                       u"Name of the Custos key used (its first 15 characters, never the key)."_s),
            textColumn(u"model"_s, u"Model the caller asked for."_s),
            textColumn(u"route"_s, u"Upstream route the request went to, after any reroute."_s),
            textColumn(u"api"_s, u"API flavour of the request (openai_chat, anthropic_messages, ...)."_s),
            textColumn(u"endpoint"_s, u"HTTP path the caller called."_s),
            numberColumn(u"stream"_s, u"1 when the response was streamed."_s),
            textColumn(
                u"decision"_s,
                u"Strongest action of all decisions: allow, monitor, redact, reroute, require_exception or block."_s),
            textColumn(u"request_decision"_s, u"Action taken on the request."_s),
            textColumn(
                u"response_decision"_s,
                u"Strongest action taken on the response or its stream channels; empty when no response was scanned."_s),
            textColumn(u"rules_fired"_s,
                       u"Rules that fired in any decision, ';'-separated, first occurrence first."_s),
            textColumn(u"data_classes"_s, u"Data classes of all detector hits, ';'-separated."_s),
            numberColumn(u"hit_count"_s,
                         u"Detector hits across all decisions (each is a row of rule_hits.csv)."_s),
            textColumn(u"policy_hash"_s,
                       u"SHA-256 of the policy version that decided (see policy_versions.csv)."_s),
            textColumn(
                u"failure_mode"_s,
                u"closed or open: whether the response would have been withheld had the evidence write failed."_s),
            textColumn(u"exception_ids"_s,
                       u"Exceptions this interaction used, ';'-separated (see exceptions.csv)."_s),
            textColumn(u"excepted_rules"_s, u"Rules those exceptions bypassed, ';'-separated."_s),
            numberColumn(u"upstream_status"_s,
                         u"HTTP status the provider answered; empty when nothing was forwarded."_s),
            numberColumn(u"outcome_status"_s, u"HTTP status returned to the caller."_s),
            textColumn(u"outcome_error"_s, u"Error returned to the caller, if any."_s),
            numberColumn(
                u"tombstoned"_s,
                u"1 when retention or erasure dropped the payload (its digest stays in the chain); the body columns are then empty."_s),
            textColumn(
                u"payload_digest"_s,
                u"SHA-256 (hex) of the stored payload; equals chain.csv's payload_digest for this seq."_s),
            textColumn(
                u"request_received_digest"_s,
                u"SHA-256 of the request body as received: compact JSON with sorted keys, or the UTF-8 text when it was not JSON."_s),
            textColumn(
                u"request_forwarded_digest"_s,
                u"SHA-256 of the request body as passed on to the provider; empty when it was not passed on."_s),
            textColumn(u"response_received_digest"_s, u"SHA-256 of the response as the provider sent it."_s),
            textColumn(u"response_returned_digest"_s,
                       u"SHA-256 of the response as returned to the caller."_s),
            textColumn(
                u"request_forwarded_text"_s,
                u"The request text as passed on, one 'path: text' line per text field. digests mode: only where a rule redacted the request; redacted and raw modes: always. Any built-in detector hit is masked again at export."_s),
            textColumn(
                u"response_returned_text"_s,
                u"The response text as returned, one 'path: text' line per text field (a stream as one line). digests mode: only where a rule redacted the response; redacted and raw modes: always; re-masked as above."_s),
            numberColumn(
                u"masked_at_export"_s,
                u"Detector hits masked at export in the two text columns (beyond what the policy redacted)."_s),
        },
        0};
}

CsvTable ruleHits()
{
    return CsvTable{
        u"rule_hits.csv"_s,
        u"One row per detector hit per decision of every interaction in interactions.csv; never the matched text."_s,
        {
            numberColumn(u"seq"_s, u"Ledger sequence number of the interaction."_s),
            textColumn(u"time_utc"_s, u"When the ledger recorded the interaction."_s),
            textColumn(u"interaction_id"_s, u"The interaction's id (see interactions.csv)."_s),
            textColumn(u"service"_s, u"Service of the caller."_s),
            numberColumn(u"decision_index"_s, u"Position of the decision within the interaction, from 0."_s),
            textColumn(u"stage"_s, u"Where the decision was taken: request, response or response_stream."_s),
            textColumn(u"channel"_s,
                       u"Stream channel (content, tool arguments, ...) for response_stream decisions."_s),
            textColumn(u"action"_s, u"Action of this decision."_s),
            textColumn(u"rules"_s, u"Rules that fired in this decision, ';'-separated."_s),
            textColumn(u"policy_hash"_s, u"Policy version that decided."_s),
            textColumn(
                u"detector"_s,
                u"Detector that found the hit; empty on a row for a decision whose rules fired without any hit."_s),
            textColumn(u"data_class"_s, u"Data class of the detector (PII, SECRET, ...)."_s),
            textColumn(u"path"_s, u"JSON path of the text in the body ($stream for a streamed response)."_s),
            numberColumn(u"span_start"_s, u"Start of the hit in that text, in Unicode code points."_s),
            numberColumn(u"span_end"_s, u"End of the hit (exclusive), in code points."_s),
            numberColumn(u"confidence"_s, u"Detector confidence, 0 to 1."_s),
        },
        0};
}

CsvTable policyVersions()
{
    return CsvTable{
        u"policy_versions.csv"_s,
        u"Every policy version in force during the period or named by a decision in it, oldest first."_s,
        {
            textColumn(u"hash"_s, u"SHA-256 of the version's canonical form: its identity."_s),
            textColumn(u"policy_id"_s, u"The policy's id."_s),
            textColumn(u"title"_s, u"The policy's title."_s),
            textColumn(u"publisher"_s,
                       u"Who published it (a user name, or file:PATH when custosctl serve loaded a file)."_s),
            textColumn(u"comment"_s, u"The publisher's comment."_s),
            textColumn(u"published_utc"_s, u"When the publish event was recorded."_s),
            numberColumn(
                u"publish_seq"_s,
                u"Ledger sequence number of the policy_publish event; empty when not in the ledger."_s),
            textColumn(u"effective_from_utc"_s,
                       u"When the version became the active one (its publication)."_s),
            textColumn(u"effective_to_utc"_s,
                       u"When the next version replaced it; empty while still in force."_s),
            textColumn(u"previous_hash"_s, u"The version it replaced."_s),
            numberColumn(u"in_force_in_period"_s,
                         u"1 when the version was active at some time in the period."_s),
            numberColumn(u"decisions_in_scope"_s,
                         u"Interactions in interactions.csv decided under this version."_s),
            textColumn(u"source_sha256"_s, u"SHA-256 of the YAML source exactly as published."_s),
            numberColumn(u"retention_default_days"_s,
                         u"The version's default evidence retention in days (0: forever)."_s),
            textColumn(u"note"_s,
                       u"Why a version is listed without a publish event, or why it could not be read."_s),
        },
        0};
}

CsvTable exceptions()
{
    return CsvTable{
        u"exceptions.csv"_s,
        u"Every exception requested, decided, active or used in the period, with its four-eyes check and anomalies."_s,
        {
            textColumn(u"exception_id"_s, u"The exception's id."_s),
            textColumn(u"requester"_s, u"Who asked for it."_s),
            textColumn(u"requested_utc"_s, u"When it was requested."_s),
            numberColumn(u"request_seq"_s, u"Ledger sequence number of the request."_s),
            textColumn(u"justification"_s, u"The requester's justification, as written."_s),
            textColumn(u"requested_scope"_s,
                       u"What was asked for: rules, users, services, models, routes, classes, detectors."_s),
            numberColumn(u"requested_seconds"_s, u"Duration asked for, in seconds."_s),
            textColumn(u"origin_interaction_id"_s,
                       u"The blocked interaction the request stems from, if any."_s),
            textColumn(
                u"status"_s,
                u"Status as of the closing checkpoint: pending, approved, rejected, revoked, expired or used."_s),
            textColumn(u"decided_by"_s, u"Who approved or rejected it."_s),
            textColumn(u"decided_utc"_s, u"When it was approved or rejected."_s),
            textColumn(u"granted_scope"_s, u"What the approver granted (never wider than requested)."_s),
            textColumn(u"expires_utc"_s, u"When the approval ends."_s),
            numberColumn(u"single_use"_s, u"1 when the exception covers one use only."_s),
            numberColumn(u"uses_total"_s, u"Recorded uses over the whole ledger."_s),
            numberColumn(u"uses_in_period"_s, u"Recorded uses inside the period."_s),
            textColumn(u"revoked_by"_s, u"Who revoked it."_s),
            textColumn(u"revoked_utc"_s, u"When it was revoked."_s),
            textColumn(u"reason"_s, u"Rejection or revocation reason."_s),
            numberColumn(u"four_eyes_ok"_s,
                         u"1 when every decision was taken by a named approver other than the requester."_s),
            textColumn(
                u"anomalies"_s,
                u"';'-separated: use after expiry, use outside the granted scope, use while not approved, self-approval (attempt), decision by someone not a named approver."_s),
        },
        0};
}

CsvTable exceptionEvents()
{
    return CsvTable{
        u"exception_events.csv"_s,
        u"Every step of the exceptions in exceptions.csv, and refused requests in the period, in ledger order."_s,
        {
            numberColumn(u"seq"_s, u"Ledger sequence number of the step."_s),
            textColumn(u"time_utc"_s, u"When the ledger recorded the step."_s),
            textColumn(u"at_utc"_s, u"The time the recording process gave the step (the approval clock)."_s),
            textColumn(u"exception_id"_s,
                       u"The exception; empty for a refused request that never got an id."_s),
            textColumn(u"step"_s, u"requested, approved, rejected, revoked, expired, used or refused."_s),
            textColumn(u"actor"_s, u"Who took the step (custos for expiry)."_s),
            textColumn(u"attempted"_s,
                       u"For refused steps: what was attempted (request, approve, reject, revoke)."_s),
            textColumn(u"rule"_s, u"For used steps: the rule the use bypassed."_s),
            textColumn(u"user"_s, u"For used steps: whose request it covered."_s),
            textColumn(u"interaction_id"_s, u"For used steps: the interaction it covered."_s),
            textColumn(u"detail"_s, u"Reason, granted scope and expiry, or why it was refused."_s),
            numberColumn(u"in_period"_s, u"1 when the step was recorded inside the period."_s),
            textColumn(u"anomaly"_s, u"What is wrong with this step, if anything."_s),
        },
        0};
}

CsvTable chain()
{
    return CsvTable{
        u"chain.csv"_s,
        u"Every ledger event from the anchor checkpoint to the closing checkpoint, so tools/verify_chain.py can recompute hash = SHA-256(prev_hash || header_digest), header_digest being the SHA-256 of the event's canonical header (chain formula 2, see README.txt)."_s,
        {
            numberColumn(u"seq"_s, u"Ledger sequence number."_s),
            textColumn(u"time_utc"_s, u"When the ledger recorded the event."_s),
            numberColumn(u"time_ms"_s,
                         u"The same in milliseconds since 1970 UTC, as the header hashes it."_s),
            textColumn(
                u"kind"_s,
                u"interaction, approval, exception, policy_publish, admin, retention or audit_export; its UTF-8 bytes enter the hash."_s),
            textColumn(u"actor"_s, u"Who caused the event; empty on digest-only rows."_s),
            textColumn(u"policy_hash"_s, u"Policy version the event names; empty on digest-only rows."_s),
            textColumn(
                u"service"_s,
                u"Service of an interaction; empty on digest-only rows and for events of no service."_s),
            numberColumn(
                u"in_scope"_s,
                u"1 for events inside the period that belong to a chosen service or to none; 0 for digest-only rows kept so the chain stays continuous."_s),
            numberColumn(
                u"tombstoned"_s,
                u"1 when retention or erasure dropped the payload; the digest still verifies the chain."_s),
            textColumn(u"payload_digest"_s, u"SHA-256 of the payload's canonical JSON, hex."_s),
            textColumn(
                u"facts_digest"_s,
                u"SHA-256 of the event's projection record (service, user, decision, rules, ... as the query tables hold them), hex."_s),
            textColumn(
                u"header_digest"_s,
                u"SHA-256 of the canonical header: seq, time_ms, kind, actor, policy_hash, payload_digest and facts_digest; recomputed from those columns on in-scope rows, taken as given on digest-only rows, hex."_s),
            textColumn(u"prev_hash"_s,
                       u"Hash of the previous event (of the anchor for the first row), hex."_s),
            textColumn(u"hash"_s, u"This event's chain hash, hex."_s),
        },
        0};
}

CsvTable checkpoints()
{
    return CsvTable{
        u"checkpoints.csv"_s,
        u"The signed checkpoints from the anchor to the closing one. Each signature is Ed25519 by the ledger's checkpoint public key (in keys/) over message_file: \"custos-checkpoint-v1\" || seq (8 bytes BE) || hash || time_ms (8 bytes BE)."_s,
        {
            numberColumn(u"seq"_s, u"The ledger head the checkpoint vouches for."_s),
            textColumn(u"hash"_s, u"The chain hash at that seq, hex."_s),
            textColumn(u"time_utc"_s, u"When the checkpoint was signed."_s),
            numberColumn(u"time_ms"_s, u"The same time in milliseconds since 1970 UTC, as signed."_s),
            textColumn(u"signature"_s, u"The raw Ed25519 signature, hex."_s),
            textColumn(u"message_file"_s, u"The signed bytes in the pack."_s),
            textColumn(u"signature_file"_s, u"The raw signature in the pack."_s),
        },
        0};
}

CsvTable principals()
{
    return CsvTable{
        u"principals.csv"_s,
        u"Every user, service key and system actor that appears in the pack; never a password or key hash."_s,
        {
            textColumn(u"principal"_s, u"User name, key name (custos_ and 8 hex digits) or system actor."_s),
            textColumn(u"kind"_s,
                       u"user, service_key, system (custos, the gateway, a policy file) or unknown."_s),
            textColumn(u"display_name"_s, u"The user's display name."_s),
            textColumn(
                u"roles"_s,
                u"The user's roles, ';'-separated (admin, risk_officer, approver, developer, auditor)."_s),
            textColumn(u"groups"_s,
                       u"The user's groups, ';'-separated (policies name them as group:NAME)."_s),
            textColumn(u"service"_s, u"For a service key: its service."_s),
            textColumn(u"owner"_s, u"For a service key: the user it acts as."_s),
            textColumn(u"created_utc"_s, u"When the user or key was created."_s),
            textColumn(u"changed_utc"_s, u"When the user was last changed."_s),
            numberColumn(
                u"disabled"_s,
                u"1 when the user is disabled or the key revoked (now, at the end of the ledger)."_s),
            textColumn(u"revoked_utc"_s, u"When the key was revoked."_s),
            textColumn(
                u"appears_as"_s,
                u"';'-separated roles in the pack: caller, key, requester, approver, publisher, actor."_s),
        },
        0};
}

CsvTable gaps()
{
    return CsvTable{
        u"gaps.csv"_s,
        u"Everything that makes the evidence incomplete or doubtful, in ledger order; no rows: none detected."_s,
        {
            textColumn(
                u"kind"_s,
                u"chain_break, sequence_gap, clock_step, fail_open, logging_failure (interactions the gateway could not record), unreadable_payload, unknown_policy or missing_checkpoint."_s),
            numberColumn(u"seq"_s,
                         u"Where: the event's sequence number (the first missing one for a gap)."_s),
            textColumn(u"time_utc"_s, u"When the event was recorded."_s),
            textColumn(u"detail"_s, u"What was found."_s),
        },
        0};
}

CsvTable retention()
{
    return CsvTable{
        u"retention.csv"_s,
        u"Retention rules in force, the 183-day check, retention runs and erasures in or after the period, legal holds, and payloads dropped in scope."_s,
        {
            textColumn(
                u"record"_s,
                u"rule, check, purge, erasure, drop (the seqs one transaction dropped, with its reason), hold or tombstone."_s),
            numberColumn(u"seq"_s,
                         u"Ledger sequence number (the run's event, or the dropped payload's event)."_s),
            textColumn(u"time_utc"_s, u"When it was recorded, placed or dropped."_s),
            textColumn(u"actor"_s, u"Who ran, placed or released it."_s),
            textColumn(
                u"scope"_s,
                u"What it applies to: default, service, class, user, case, or the erasure's subject."_s),
            textColumn(u"value"_s, u"The service, class, user, case or policy version it names."_s),
            numberColumn(u"days"_s, u"Retention in days (0: forever)."_s),
            numberColumn(u"count"_s, u"Payloads dropped by the run (or kept by holds, see detail)."_s),
            textColumn(u"reason"_s, u"The stated reason."_s),
            textColumn(u"detail"_s,
                       u"Everything else: the check's result, a hold's release, the dropped event's kind."_s),
        },
        0};
}

QList<CsvTable> all()
{
    return {interactions(), ruleHits(),    policyVersions(), exceptions(), exceptionEvents(),
            chain(),        checkpoints(), principals(),     gaps(),       retention()};
}

} // namespace custos::audit::AuditTables
