#pragma once

#include "EvidenceEvent.h"

#include <QByteArray>
#include <QJsonObject>

// The hash chain. Formula 2 (current): hash_i = SHA-256(hash_{i-1} || SHA-256(header_i)), where the
// header is the canonical encoding of every field of the event (encodeHeader; the byte layout is in
// ARCHITECTURE.md). Formula 1 (stores before issue 15, migrated on their first read-write open):
// hash_i = SHA-256(hash_{i-1} || seq_i (8 bytes big endian) || kind_i || digest_i).
// The payload enters only through its digest, so a payload can be tombstoned and the chain still
// verifies.
namespace custos::ledger {

inline constexpr qsizetype kHashSize = 32;
inline constexpr int kChainFormula = 2; // what new events are chained with

// Everything the formula-2 hash covers about one event.
struct ChainHeader
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString kind;
    QString actor;
    QString policyHash; // empty when none
    QByteArray payloadDigest;
    QByteArray factsDigest; // SHA-256 of the event's projection record (EventFacts)
};

// The canonical form of a payload: compact JSON with keys sorted (QJsonObject keeps them sorted).
QByteArray canonicalPayload(const QJsonObject &payload);
QByteArray sha256(QByteArrayView data);
QByteArray payloadDigest(const QJsonObject &payload);
QByteArray genesisHash(); // 32 zero bytes
// "custos-event-v2" || seq (i64 BE) || time_ms (i64 BE) || kind, actor, policy_hash (each a u32 BE
// byte length, then UTF-8) || payload digest (32 bytes) || facts digest (32 bytes).
QByteArray encodeHeader(const ChainHeader &header);
ChainHeader headerOf(const EvidenceEvent &event); // facts digest from event.facts
QByteArray headerDigest(const ChainHeader &header);
QByteArray chainHash(QByteArrayView prevHash, const ChainHeader &header);           // formula 2
QByteArray chainHashOfDigest(QByteArrayView prevHash, QByteArrayView headerDigest); // formula 2
QByteArray chainHashV1(QByteArrayView prevHash, qint64 seq, QStringView kindName, QByteArrayView digest);
inline QByteArray chainHashV1(QByteArrayView prevHash, qint64 seq, EventKind kind, QByteArrayView digest)
{
    return chainHashV1(prevHash, seq, eventKindName(kind), digest);
}

// The text indexed for free-text search: every string in the payload, one per line (password
// hashes excepted).
QString payloadText(const QJsonObject &payload);

} // namespace custos::ledger
