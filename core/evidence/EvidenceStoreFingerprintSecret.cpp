// The value-fingerprint secret of EvidenceStore.
#include "EvidenceStore.h"

#include "ReaderPool.h"

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr qsizetype kFingerprintSecretBytes = 32;

Result<QByteArray> storedFingerprintSecret(EvidenceBackend &backend)
{
    auto meta = backend.readMeta();
    if (!meta)
        return std::unexpected(meta.error());
    return meta->fingerprintSecret;
}

} // namespace

Result<QByteArray> EvidenceStore::fingerprintSecret()
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    auto stored = storedFingerprintSecret(**backend);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->size() == kFingerprintSecretBytes)
        return *stored;
    if (auto writable = requireWriter(); !writable)
        return fail(u"this store has no fingerprint secret yet and is open read-only"_s, m_path);
    QByteArray secret;
    // Inside one write transaction, so two processes asking first at once share one secret.
    auto made = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto existing = storedFingerprintSecret(transaction.backend());
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->size() == kFingerprintSecretBytes) {
            secret = *existing;
            return {};
        }
        QByteArray fresh(kFingerprintSecretBytes, Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(fresh.data()), int(fresh.size())) != 1)
            return fail(u"no randomness for the fingerprint secret"_s);
        if (auto saved = transaction.backend().putFingerprintSecret(fresh); !saved)
            return saved;
        const QJsonObject payload{{u"action"_s, u"fingerprint_secret.created"_s}};
        auto seq = appendAdmin(transaction, EventKind::Admin, u"custos"_s, payload);
        if (!seq)
            return std::unexpected(seq.error());
        secret = fresh;
        return {};
    });
    if (!made)
        return std::unexpected(made.error());
    return secret;
}

} // namespace custos
