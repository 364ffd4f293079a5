#include "KeySource.h"

#include "core/evidence/sqlcipher/SqlCipher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSqlDatabase>

#include <openssl/rand.h>
#include <qt6keychain/keychain.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

constexpr qsizetype kRawKeySize = 32;

Result<QByteArray> randomKey()
{
    QByteArray key(kRawKeySize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), kRawKeySize) != 1)
        return fail(u"the system random generator failed"_s);
    return key;
}

Result<QByteArray> parseHexKey(QByteArray text, const QString &where)
{
    text = text.trimmed();
    const QByteArray key = QByteArray::fromHex(text);
    if (text.size() != 2 * kRawKeySize || key.size() != kRawKeySize)
        return fail(u"not a Custos key: expected 64 hex digits"_s, where);
    return key;
}

// QtKeychain jobs are asynchronous; the store opens synchronously, so wait in a local loop.
template <typename Job> Result<void> runKeychainJob(Job &job)
{
    if (!QCoreApplication::instance())
        return fail(u"the OS keychain needs a running application"_s);
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return fail(u"OS keychain unavailable or entry missing (%1); use a passphrase or --key-file"_s.arg(
            job.errorString()));
    return {};
}

} // namespace

KeySource KeySource::passphrase(const QString &passphrase)
{
    KeySource source;
    source.m_kind = Kind::Passphrase;
    source.m_passphrase = passphrase;
    return source;
}

KeySource KeySource::rawKey(const QByteArray &key)
{
    KeySource source;
    source.m_kind = Kind::RawKey;
    source.m_rawKey = key;
    return source;
}

Result<KeySource> KeySource::fromKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read key file: %1"_s.arg(file.errorString()), path);
    auto key = parseHexKey(file.read(4 * kRawKeySize), path);
    if (!key)
        return std::unexpected(key.error());
    return rawKey(*key);
}

KeySource KeySource::keychain(const QString &account, const QString &service)
{
    KeySource source;
    source.m_kind = Kind::Keychain;
    source.m_account = account;
    source.m_service = service;
    return source;
}

Result<KeySource> KeySource::createKeyFile(const QString &path)
{
    auto key = randomKey();
    if (!key)
        return std::unexpected(key.error());
    const QByteArray encodedPath = QFile::encodeName(path);
    const int fd = ::open(encodedPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(u"cannot create key file: %1"_s.arg(QString::fromLocal8Bit(strerror(errno))), path);
    const QByteArray text = key->toHex() + '\n';
    const bool written =
        ::write(fd, text.constData(), static_cast<size_t>(text.size())) == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(encodedPath.constData());
        return fail(u"cannot write key file"_s, path);
    }
    return rawKey(*key);
}

Result<KeySource> KeySource::createInKeychain(const QString &account, const QString &service)
{
    auto key = randomKey();
    if (!key)
        return std::unexpected(key.error());
    QKeychain::WritePasswordJob job(service);
    job.setKey(account);
    job.setBinaryData(key->toHex());
    if (auto ran = runKeychainJob(job); !ran)
        return std::unexpected(ran.error());
    return rawKey(*key);
}

QString KeySource::describe() const
{
    switch (m_kind) {
    case Kind::Passphrase:
        return u"passphrase"_s;
    case Kind::RawKey:
        return u"raw key"_s;
    case Kind::Keychain:
        return u"keychain entry %1/%2"_s.arg(m_service, m_account);
    }
    return {};
}

Result<KeySource> KeySource::resolved() const
{
    if (m_kind != Kind::Keychain)
        return *this;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(m_account);
    if (auto ran = runKeychainJob(job); !ran)
        return std::unexpected(ran.error());
    auto key = parseHexKey(job.binaryData(), describe());
    if (!key)
        return std::unexpected(key.error());
    return rawKey(*key);
}

void KeySource::applyTo(QSqlDatabase &db) const
{
    if (m_kind == Kind::RawKey) {
        db.setPassword({});
        const QString others = db.connectOptions();
        db.setConnectOptions(others.isEmpty() ? sqlCipherRawKeyOption(m_rawKey)
                                              : sqlCipherRawKeyOption(m_rawKey) + u';' + others);
    } else {
        db.setPassword(m_passphrase);
    }
}

QByteArray KeySource::sqlcipherKeySpec() const
{
    if (m_kind == Kind::RawKey)
        return "x'" + m_rawKey.toHex() + '\'';
    return m_passphrase.toUtf8();
}

Result<void> KeySource::rekey(QSqlDatabase &db) const
{
    if (m_kind == Kind::RawKey)
        return rekeySqlCipherRawKey(db, m_rawKey);
    if (m_kind == Kind::Passphrase)
        return rekeySqlCipher(db, m_passphrase);
    return fail(u"resolve the keychain key before rekeying"_s);
}

} // namespace custos
