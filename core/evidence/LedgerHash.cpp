#include "LedgerHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace custos::ledger {
namespace {

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"password_hash") // never searchable, so never a guessing oracle
                collectStrings(it.value(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            collectStrings(item, out);
    }
}

// Fetching the algorithm and allocating a context per hash costs more than hashing 100 bytes, and
// verify hashes two values per event: keep one fetched SHA-256 and one context per thread.
class Sha256
{
public:
    Sha256()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr), EVP_MD_free)
        , m_context(EVP_MD_CTX_new(), EVP_MD_CTX_free)
    {}
    void start() { EVP_DigestInit_ex2(m_context.get(), m_md.get(), nullptr); }
    void add(const void *data, qsizetype size)
    {
        EVP_DigestUpdate(m_context.get(), data, static_cast<size_t>(size));
    }
    QByteArray finish()
    {
        QByteArray digest(kHashSize, Qt::Uninitialized);
        EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char *>(digest.data()), nullptr);
        return digest;
    }

private:
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> m_md;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_context;
};

Sha256 &threadSha256()
{
    thread_local Sha256 hasher;
    return hasher;
}

} // namespace

QByteArray canonicalPayload(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray sha256(QByteArrayView data)
{
    Sha256 &hasher = threadSha256();
    hasher.start();
    hasher.add(data.data(), data.size());
    return hasher.finish();
}

QByteArray payloadDigest(const QJsonObject &payload)
{
    return sha256(canonicalPayload(payload));
}

QByteArray genesisHash()
{
    return QByteArray(kHashSize, '\0');
}

namespace {

void appendBigEndian(QByteArray &out, qint64 value)
{
    unsigned char bytes[8];
    qToBigEndian<qint64>(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), sizeof bytes);
}

void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    unsigned char length[4];
    qToBigEndian<quint32>(quint32(utf8.size()), length);
    out.append(reinterpret_cast<const char *>(length), sizeof length);
    out.append(utf8);
}

} // namespace

QByteArray encodeHeader(const ChainHeader &header)
{
    QByteArray out;
    out.reserve(15 + 16 + 12 + header.kind.size() + header.actor.size() + header.policyHash.size() + 64);
    out.append("custos-event-v2");
    appendBigEndian(out, header.seq);
    appendBigEndian(out, header.timeMs);
    appendText(out, header.kind);
    appendText(out, header.actor);
    appendText(out, header.policyHash);
    out.append(header.payloadDigest);
    out.append(header.factsDigest);
    return out;
}

ChainHeader headerOf(const EvidenceEvent &event)
{
    return {event.seq,
            event.time.toMSecsSinceEpoch(),
            eventKindName(event.kind),
            event.actor,
            event.policyHash,
            event.payloadDigest,
            sha256(event.facts)};
}

QByteArray headerDigest(const ChainHeader &header)
{
    return sha256(encodeHeader(header));
}

QByteArray chainHashOfDigest(QByteArrayView prevHash, QByteArrayView headerDigest)
{
    Sha256 &hasher = threadSha256();
    hasher.start();
    hasher.add(prevHash.data(), prevHash.size());
    hasher.add(headerDigest.data(), headerDigest.size());
    return hasher.finish();
}

QByteArray chainHash(QByteArrayView prevHash, const ChainHeader &header)
{
    return chainHashOfDigest(prevHash, headerDigest(header));
}

QByteArray chainHashV1(QByteArrayView prevHash, qint64 seq, QStringView kindName, QByteArrayView digest)
{
    unsigned char seqBytes[8];
    qToBigEndian<qint64>(seq, seqBytes);
    const QByteArray kind = kindName.toUtf8();
    Sha256 &hasher = threadSha256();
    hasher.start();
    hasher.add(prevHash.data(), prevHash.size());
    hasher.add(seqBytes, sizeof seqBytes);
    hasher.add(kind.constData(), kind.size());
    hasher.add(digest.data(), digest.size());
    return hasher.finish();
}

QString payloadText(const QJsonObject &payload)
{
    QStringList strings;
    collectStrings(payload, strings);
    return strings.join(u'\n');
}

} // namespace custos::ledger
