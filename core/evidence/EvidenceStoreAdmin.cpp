// Key handling, routes and API keys of EvidenceStore.
#include "EvidenceStore.h"

#include "LedgerHash.h"
#include "ReaderPool.h"
#include "StoreLock.h"

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr QLatin1StringView kApiKeyPrefix{"custos_"};
constexpr qsizetype kApiKeyNameLength = 15; // "custos_" and 8 hex digits: enough to tell keys apart

QByteArray apiKeyHash(const QString &plaintext)
{
    return ledger::sha256(plaintext.toUtf8());
}

} // namespace

Result<void> EvidenceStore::rekey(const KeySource &newKey, const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return writable;
    auto resolved = newKey.resolved();
    if (!resolved)
        return std::unexpected(resolved.error());
    if (auto alone = m_lock->makeExclusive(m_path); !alone)
        return alone;
    auto rekeyed = m_writer->runBare([&](EvidenceBackend &backend) { return backend.rekey(*resolved); });
    m_lock->makeShared();
    if (!rekeyed)
        return rekeyed;
    m_readers->setKey(*resolved);
    return m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        const QJsonObject payload{{u"action"_s, u"rekey"_s}, {u"keyKind"_s, newKey.describe()}};
        auto seq = appendAdmin(transaction, EventKind::Admin, actor, payload);
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
}

Result<void> EvidenceStore::putRoute(const Route &route, const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return writable;
    if (route.name.isEmpty())
        return fail(u"a route needs a name"_s);
    return m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        if (auto saved = transaction.backend().putRoute(route); !saved)
            return saved;
        // The provider key never enters the ledger.
        const QJsonObject payload{{u"action"_s, u"route.put"_s},
                                  {u"name"_s, route.name},
                                  {u"kind"_s, route.kind},
                                  {u"baseUrl"_s, route.baseUrl},
                                  {u"hasApiKey"_s, !route.apiKey.isEmpty()}};
        auto seq = appendAdmin(transaction, EventKind::Admin, actor, payload);
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
}

Result<void> EvidenceStore::removeRoute(const QString &name, const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return writable;
    return m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto removed = transaction.backend().removeRoute(name);
        if (!removed)
            return std::unexpected(removed.error());
        if (!*removed)
            return fail(u"no route named '%1'"_s.arg(name));
        const QJsonObject payload{{u"action"_s, u"route.remove"_s}, {u"name"_s, name}};
        auto seq = appendAdmin(transaction, EventKind::Admin, actor, payload);
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
}

Result<QList<Route>> EvidenceStore::routes() const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->routes();
}

Result<QString> EvidenceStore::issueApiKey(const QString &user, const QString &service, const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return std::unexpected(writable.error());
    if (user.isEmpty() || service.isEmpty())
        return fail(u"an API key needs a user and a service"_s);
    QByteArray secret(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), int(secret.size())) != 1)
        return fail(u"the system random generator failed"_s);
    const QString plaintext = kApiKeyPrefix + QString::fromLatin1(secret.toHex());
    const ApiKeyRecord record{
        plaintext.left(kApiKeyNameLength), user, service, QDateTime::currentDateTimeUtc(), {}};
    auto issued = m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        if (auto saved = transaction.backend().insertApiKey(apiKeyHash(plaintext), record); !saved)
            return saved;
        const QJsonObject payload{{u"action"_s, u"apikey.issue"_s},
                                  {u"prefix"_s, record.prefix},
                                  {u"user"_s, user},
                                  {u"service"_s, service}};
        auto seq = appendAdmin(transaction, EventKind::Admin, actor, payload);
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
    if (!issued)
        return std::unexpected(issued.error());
    return plaintext;
}

Result<ApiKeyIdentity> EvidenceStore::resolveApiKey(const QString &plaintext) const
{
    if (!plaintext.startsWith(kApiKeyPrefix))
        return fail(u"not a Custos API key"_s);
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    auto found = (*backend)->findApiKey(apiKeyHash(plaintext));
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(u"unknown or revoked API key"_s);
    return **found;
}

Result<void> EvidenceStore::revokeApiKey(const QString &prefix, const QString &actor)
{
    if (auto writable = requireWriter(); !writable)
        return writable;
    return m_writer->run([&](LedgerWriter::Transaction &transaction) -> Result<void> {
        auto revoked = transaction.backend().revokeApiKey(prefix, QDateTime::currentDateTimeUtc());
        if (!revoked)
            return std::unexpected(revoked.error());
        if (!*revoked)
            return fail(u"no active API key named '%1'"_s.arg(prefix));
        const QJsonObject payload{{u"action"_s, u"apikey.revoke"_s}, {u"prefix"_s, prefix}};
        auto seq = appendAdmin(transaction, EventKind::Admin, actor, payload);
        return seq ? Result<void>{} : std::unexpected(seq.error());
    });
}

Result<QList<ApiKeyRecord>> EvidenceStore::apiKeys() const
{
    auto backend = reader();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->apiKeys();
}

} // namespace custos
