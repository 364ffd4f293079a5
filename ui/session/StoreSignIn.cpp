#include "ui/session/StoreSignIn.h"

#include "ui/session/ConsoleSession.h"
#include "ui/session/SignInDialog.h"

namespace custos {

StoreSignIn::StoreSignIn(DefaultStoreLocation location)
    : m_location(std::move(location))
{
    auto stored = m_location.storedKey();
    if (stored)
        m_storedKey = *stored;
    else
        m_keyProblem = stored.error().toString();
}

StoreSignIn::~StoreSignIn() = default;

QString StoreSignIn::note() const
{
    QStringList lines;
    if (m_location.origin() == DefaultStoreLocation::Origin::FormerConsole)
        lines << tr("Found at the console's former location; new stores are made at %1.")
                     .arg(DefaultStoreLocation::sharedStorePath());
    else if (m_location.origin() == DefaultStoreLocation::Origin::Environment)
        lines << tr("Chosen by CUSTOS_STORE.");
    if (m_storedKey && m_storedKey->where == DefaultStoreLocation::StoredKey::Where::KeyFile)
        lines << tr("Unlocked with the key file %1.").arg(m_location.keyFile());
    else if (m_storedKey)
        lines << tr("Unlocked with its key in the OS keychain.");
    else if (!m_keyProblem.isEmpty())
        lines << tr("Its key file cannot be used (%1); enter the passphrase if the store has one.")
                     .arg(m_keyProblem);
    return lines.join(u'\n');
}

std::unique_ptr<SignInDialog> StoreSignIn::dialog(QWidget *parent)
{
    auto dialog = std::make_unique<SignInDialog>(
        m_location.store(), needsPassphrase(),
        [this](const QString &passphrase, const QString &user, const QString &password) {
            return attempt(passphrase, user, password);
        },
        parent);
    dialog->setStoreNote(note());
    if (!needsPassphrase()) // the dialog's own title is for switching users
        dialog->setWindowTitle(tr("Sign in to Custos"));
    return dialog;
}

Result<void> StoreSignIn::attempt(const QString &passphrase, const QString &user, const QString &password)
{
    if (!m_session) {
        auto opened = ConsoleSession::open(
            m_location.store(), m_storedKey ? m_storedKey->key : KeySource::passphrase(passphrase));
        if (!opened)
            return std::unexpected(opened.error());
        m_session = std::move(*opened);
    }
    auto signedIn = m_session->signIn(user, password);
    return signedIn ? Result<void>{} : Result<void>(std::unexpected(signedIn.error()));
}

std::unique_ptr<ConsoleSession> StoreSignIn::takeSession()
{
    return std::move(m_session);
}

} // namespace custos
