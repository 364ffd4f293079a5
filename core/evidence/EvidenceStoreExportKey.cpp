// The audit-pack export key of EvidenceStore.
#include "EvidenceStore.h"

#include "CheckpointSigner.h"
#include "LedgerHash.h"
#include "ReaderPool.h"

using namespace Qt::StringLiterals;

namespace custos {
namespace {

struct ExportKey
{
    QByteArray publicKey;
    QByteArray privateKey;
    bool valid() const { return publicKey.size() == 32 && privateKey.size() == 32; }
};

Result<ExportKey> storedExportKey(EvidenceBackend &backend)
{
    auto meta = backend.readMeta();
    if (!meta)
        return std::unexpected(meta.error());
    return ExportKey{meta->exportPublicKey, meta->exportPrivateKey};
}

} // namespace

Result<QByteArray> EvidenceStore::exportPublicKey()
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    auto stored = storedExportKey(**backend);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->valid())
        return stored->publicKey;
    if (auto writable = requireWriter(); !writable)
        return fail(u"this store has no export key yet and is open read-only"_s, m_path);
    QByteArray publicKey;
    // Inside one write transaction, so two processes exporting for the first time at once end up
    // with the same key: the second finds the first one's.
    auto made = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto existing = storedExportKey(transaction.backend());
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->valid()) {
            publicKey = existing->publicKey;
            return {};
        }
        auto pair = CheckpointSigner::generateKeyPair();
        if (!pair)
            return std::unexpected(pair.error());
        if (auto saved = transaction.backend().putExportKey(pair->publicKey, pair->privateKey); !saved)
            return saved;
        const QJsonObject payload{
            {u"action"_s, u"export_key.created"_s},
            {u"fingerprint"_s, QString::fromLatin1(ledger::sha256(pair->publicKey).toHex())}};
        auto seq = appendAdmin(transaction, EventKind::Admin, u"custos"_s, payload);
        if (!seq)
            return std::unexpected(seq.error());
        publicKey = pair->publicKey;
        return {};
    });
    if (!made)
        return std::unexpected(made.error());
    return publicKey;
}

Result<QByteArray> EvidenceStore::signWithExportKey(QByteArrayView message)
{
    if (auto made = exportPublicKey(); !made)
        return std::unexpected(made.error());
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    auto stored = storedExportKey(**backend);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->valid())
        return fail(u"the store's export key is unreadable"_s, m_path);
    return CheckpointSigner::sign(stored->privateKey, message);
}

} // namespace custos
