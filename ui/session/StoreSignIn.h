#pragma once

#include "core/common/Error.h"
#include "core/evidence/DefaultStoreLocation.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QWidget;

namespace custos {

class ConsoleSession;
class SignInDialog;

// Opening a store at start-up: with the key kept for it (the key file or keychain entry that
// `custosctl quickstart` made) the sign-in asks only for user and password; without one it asks
// for the passphrase too. The dialog says which store is opened, with which key, and when it was
// found at the console's former path.
class StoreSignIn
{
    Q_DECLARE_TR_FUNCTIONS(StoreSignIn)
public:
    explicit StoreSignIn(DefaultStoreLocation location);
    ~StoreSignIn();

    bool needsPassphrase() const { return !m_storedKey.has_value(); }
    // Where the store and its key are, as the dialog shows it.
    QString note() const;
    // The dialog that unlocks (when needed) and signs in; accepted once a user is signed in.
    std::unique_ptr<SignInDialog> dialog(QWidget *parent = nullptr);
    // Opens the store (once) and signs the user in.
    Result<void> attempt(const QString &passphrase, const QString &user, const QString &password);
    std::unique_ptr<ConsoleSession> takeSession();

private:
    DefaultStoreLocation m_location;
    std::optional<DefaultStoreLocation::StoredKey> m_storedKey;
    QString m_keyProblem; // a key file that is there but unreadable
    std::unique_ptr<ConsoleSession> m_session;
};

} // namespace custos
