#pragma once

#include "core/common/Error.h"
#include "core/evidence/KeySource.h"

#include <QString>

#include <optional>

namespace custos {

// Where the default evidence store and its key live, the one answer that the console, `custosctl
// quickstart` (and so `./custos.sh run` and the systemd unit) share:
// - the store: CUSTOS_STORE when set, else $XDG_DATA_HOME/custos/evidence.db. The console also
//   finds a store it made before the path was shared, at its former app data path
//   ($XDG_DATA_HOME/Custos/Custos/evidence.db), while none exists at the shared one;
// - its key, when it is not a passphrase: a key file of mode 0600 in $XDG_CONFIG_HOME/custos
//   (store.key for the shared path, store-<hash of the path>.key for any other), or the OS
//   keychain entry Custos/<store path>.
class DefaultStoreLocation
{
public:
    enum class Origin {
        Environment,   // CUSTOS_STORE
        Shared,        // $XDG_DATA_HOME/custos/evidence.db
        FormerConsole, // the console's app data path before the store was shared
        Given,         // a path given on the command line
    };

    // CUSTOS_STORE or the shared path (what quickstart creates and serves).
    static DefaultStoreLocation standard();
    // standard(), except that a store only at the console's former path is taken from there.
    static DefaultStoreLocation forConsole();
    // Any store path (a --store option): its key file and keychain entry by the same rules.
    static DefaultStoreLocation forStore(const QString &path);

    static QString sharedStorePath();
    static QString formerConsoleStorePath();

    QString store() const { return m_store; }
    QString dataDir() const;   // the store's folder
    QString configDir() const; // $XDG_CONFIG_HOME/custos
    QString keyFile() const;
    QString keychainAccount() const { return m_store; }
    static QString keychainService() { return QStringLiteral("Custos"); }
    Origin origin() const { return m_origin; }
    // The variable that moves the store's folder, for messages: CUSTOS_STORE or XDG_DATA_HOME.
    QString dataVariable() const;

    // A key kept for the store, already read (a raw key).
    struct StoredKey
    {
        enum class Where { KeyFile, Keychain };
        KeySource key;
        Where where = Where::KeyFile;
    };
    // The key the store opens with without a passphrase: its key file when there is one, else its
    // keychain entry when the keychain holds one; nullopt means ask for a passphrase. A key file
    // that exists but cannot be read is an error naming the file. Needs a QCoreApplication for the
    // keychain.
    Result<std::optional<StoredKey>> storedKey() const;

    // For custosctl's output: "key file PATH (mode 0600)", "OS keychain entry Custos/PATH", and the
    // options other custosctl commands take to open the store with that key.
    QString keyFileDescription() const;
    QString keychainDescription() const;
    QString keyFileOptions() const;
    QString keychainOptions() const;

private:
    DefaultStoreLocation(QString store, Origin origin);

    QString m_store;
    Origin m_origin = Origin::Shared;
};

} // namespace custos
