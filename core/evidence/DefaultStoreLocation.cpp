#include "DefaultStoreLocation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace custos {

DefaultStoreLocation::DefaultStoreLocation(QString store, Origin origin)
    : m_store(std::move(store))
    , m_origin(origin)
{}

QString DefaultStoreLocation::sharedStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/custos/evidence.db"_s;
}

// The console used AppDataLocation with organisation and application "Custos"; spelled out, so
// custosctl (another application name) computes the same path.
QString DefaultStoreLocation::formerConsoleStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/Custos/Custos/evidence.db"_s;
}

DefaultStoreLocation DefaultStoreLocation::standard()
{
    if (const QString fromEnvironment = qEnvironmentVariable("CUSTOS_STORE"); !fromEnvironment.isEmpty())
        return {QFileInfo(fromEnvironment).absoluteFilePath(), Origin::Environment};
    return {sharedStorePath(), Origin::Shared};
}

DefaultStoreLocation DefaultStoreLocation::forConsole()
{
    DefaultStoreLocation location = standard();
    if (location.m_origin == Origin::Shared && !QFileInfo::exists(location.m_store) &&
        QFileInfo::exists(formerConsoleStorePath()))
        return {formerConsoleStorePath(), Origin::FormerConsole};
    return location;
}

DefaultStoreLocation DefaultStoreLocation::forStore(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == sharedStorePath())
        return {absolute, Origin::Shared};
    if (absolute == formerConsoleStorePath())
        return {absolute, Origin::FormerConsole};
    return {absolute, Origin::Given};
}

QString DefaultStoreLocation::dataDir() const
{
    return QFileInfo(m_store).absolutePath();
}

QString DefaultStoreLocation::configDir() const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/custos"_s;
}

// Other stores get their own file, named after their path, so two stores never share a key.
QString DefaultStoreLocation::keyFile() const
{
    if (m_store == sharedStorePath())
        return configDir() + u"/store.key"_s;
    const QByteArray digest =
        QCryptographicHash::hash(QFile::encodeName(m_store), QCryptographicHash::Sha256);
    return configDir() + u"/store-"_s + QString::fromLatin1(digest.toHex().left(16)) + u".key"_s;
}

QString DefaultStoreLocation::dataVariable() const
{
    return m_origin == Origin::Environment ? u"CUSTOS_STORE"_s : u"XDG_DATA_HOME"_s;
}

Result<std::optional<DefaultStoreLocation::StoredKey>> DefaultStoreLocation::storedKey() const
{
    if (QFileInfo::exists(keyFile())) {
        auto key = KeySource::fromKeyFile(keyFile());
        if (!key)
            return std::unexpected(key.error());
        return StoredKey{*key, StoredKey::Where::KeyFile};
    }
    // A missing entry and an absent keychain look the same here: either way a passphrase is asked.
    auto key = KeySource::keychain(keychainAccount(), keychainService()).resolved();
    if (!key)
        return std::optional<StoredKey>();
    return StoredKey{*key, StoredKey::Where::Keychain};
}

QString DefaultStoreLocation::keyFileDescription() const
{
    return u"key file %1 (mode 0600)"_s.arg(keyFile());
}

QString DefaultStoreLocation::keychainDescription() const
{
    return u"OS keychain entry %1/%2"_s.arg(keychainService(), keychainAccount());
}

QString DefaultStoreLocation::keyFileOptions() const
{
    return u"--key-file %1"_s.arg(keyFile());
}

QString DefaultStoreLocation::keychainOptions() const
{
    return u"--keychain %1"_s.arg(keychainAccount());
}

} // namespace custos
