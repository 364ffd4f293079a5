#include "core/identity/PasswordHasher.h"

#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace custos {

namespace {

constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

struct ParsedHash
{
    PasswordHasher::Cost cost;
    QByteArray salt;
    QByteArray hash;
};

Result<QByteArray> derive(const QString &password, const QByteArray &salt, const PasswordHasher::Cost &cost)
{
    const QByteArray utf8 = password.toUtf8();
    const uint64_t n = uint64_t{1} << cost.log2N;
    // scrypt needs 128 * N * r bytes; allow that plus headroom instead of OpenSSL's 32 MiB default.
    const uint64_t maxMemory = 128 * n * static_cast<uint64_t>(cost.r) * 2;
    QByteArray key(hashBytes, Qt::Uninitialized);
    const int ok = EVP_PBE_scrypt(utf8.constData(), static_cast<size_t>(utf8.size()),
                                  reinterpret_cast<const unsigned char *>(salt.constData()),
                                  static_cast<size_t>(salt.size()), n, static_cast<uint64_t>(cost.r),
                                  static_cast<uint64_t>(cost.p), maxMemory,
                                  reinterpret_cast<unsigned char *>(key.data()), hashBytes);
    if (ok != 1)
        return fail(
            QStringLiteral("scrypt failed (cost ln=%1, r=%2, p=%3)").arg(cost.log2N).arg(cost.r).arg(cost.p));
    return key;
}

Result<ParsedHash> parse(const QString &stored)
{
    static const QRegularExpression format(
        QStringLiteral("^\\$scrypt\\$ln=(\\d+),r=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)$"));
    const auto match = format.match(stored);
    if (!match.hasMatch())
        return fail(QStringLiteral("the stored password hash is not in the $scrypt$ format"));
    ParsedHash parsed;
    parsed.cost = {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
    parsed.salt = QByteArray::fromBase64(match.captured(4).toLatin1());
    parsed.hash = QByteArray::fromBase64(match.captured(5).toLatin1());
    if (parsed.cost.log2N < 1 || parsed.cost.log2N > 24 || parsed.cost.r < 1 || parsed.cost.p < 1 ||
        parsed.hash.size() != hashBytes || parsed.salt.size() < 8)
        return fail(QStringLiteral("the stored password hash has out-of-range parameters"));
    return parsed;
}

} // namespace

PasswordHasher::PasswordHasher()
    : m_cost(Cost{})
{}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (password.size() < minimumPasswordLength)
        return fail(QStringLiteral("passwords need at least %1 characters").arg(minimumPasswordLength));
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), saltBytes) != 1)
        return fail(QStringLiteral("the system random generator failed"));
    const auto key = derive(password, salt, m_cost);
    if (!key)
        return std::unexpected(key.error());
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(m_cost.log2N)
        .arg(m_cost.r)
        .arg(m_cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key->toBase64()));
}

Result<bool> PasswordHasher::verify(const QString &password, const QString &storedHash) const
{
    const auto parsed = parse(storedHash);
    if (!parsed)
        return std::unexpected(parsed.error());
    const auto key = derive(password, parsed->salt, parsed->cost);
    if (!key)
        return std::unexpected(key.error());
    return CRYPTO_memcmp(key->constData(), parsed->hash.constData(), hashBytes) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    const auto parsed = parse(storedHash);
    return !parsed || parsed->cost.log2N < m_cost.log2N || parsed->cost.r < m_cost.r;
}

} // namespace custos
