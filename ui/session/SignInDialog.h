#pragma once

#include "core/common/Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace custos {

class StatusLabel;

// Unlocks the store (when it is not open yet) and signs a user in. The attempt runs through a
// callback, so a wrong passphrase or password is shown here and the dialog stays open.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    using Attempt =
        std::function<Result<void>(const QString &passphrase, const QString &user, const QString &password)>;

    SignInDialog(const QString &storePath, bool needsPassphrase, Attempt attempt, QWidget *parent = nullptr);

    // A line or two under the store's path: where it was found and which key unlocks it.
    void setStoreNote(const QString &note);
    QString storeNote() const;
    bool asksForPassphrase() const;

    // Runs the attempt with what is typed; accepts the dialog on success.
    bool trySignIn();
    QString message() const;

private:
    Attempt m_attempt;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_storeNote = nullptr;
    StatusLabel *m_message = nullptr;
    bool m_needsPassphrase = false;
};

} // namespace custos
