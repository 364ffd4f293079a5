#include "ui/session/SignInDialog.h"

#include "ui/widgets/StatusLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

SignInDialog::SignInDialog(const QString &storePath, bool needsPassphrase, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
    , m_needsPassphrase(needsPassphrase)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(needsPassphrase ? tr("Unlock Custos") : tr("Switch user"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("signin-passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signin-user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signin-password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new StatusLabel(QStringLiteral("signin-message"), this);

    auto *form = new QFormLayout;
    auto *store = new QLabel(storePath, this);
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    store->setObjectName(QStringLiteral("signin-store"));
    store->setAccessibleName(tr("Evidence store"));
    form->addRow(tr("Evidence store"), store);
    m_storeNote = new QLabel(this);
    m_storeNote->setObjectName(QStringLiteral("signin-store-note"));
    m_storeNote->setAccessibleName(tr("Where the store was found"));
    m_storeNote->setWordWrap(true);
    m_storeNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeNote->hide();
    form->addRow(QString(), m_storeNote);
    if (needsPassphrase)
        form->addRow(tr("Store passphrase"), m_passphrase);
    else
        m_passphrase->hide();
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(needsPassphrase ? tr("Unlock and sign in") : tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signin-ok"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel")); // Qt's own text may be untranslated
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SignInDialog::trySignIn()
{
    auto attempted = m_attempt(m_passphrase->text(), m_user->text().trimmed(), m_password->text());
    m_password->clear();
    if (!attempted) {
        m_message->showProblem(attempted.error().toString());
        return false;
    }
    m_passphrase->clear();
    accept();
    return true;
}

void SignInDialog::setStoreNote(const QString &note)
{
    m_storeNote->setText(note);
    m_storeNote->setVisible(!note.isEmpty());
}

QString SignInDialog::storeNote() const
{
    return m_storeNote->text();
}

bool SignInDialog::asksForPassphrase() const
{
    return m_needsPassphrase;
}

QString SignInDialog::message() const
{
    return m_message->text();
}

} // namespace custos
