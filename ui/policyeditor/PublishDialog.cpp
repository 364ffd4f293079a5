#include "ui/policyeditor/PublishDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace custos {

PublishDialog::PublishDialog(const QString &changes, QWidget *parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit)
    , m_password(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Publish policy"));
    auto *diff = new QPlainTextEdit(changes);
    diff->setReadOnly(true);
    diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_comment->setPlaceholderText(tr("Why this change? The comment is kept in the ledger with the version."));
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 4);
    m_password->setEchoMode(QLineEdit::Password);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel")); // Qt's own text may be untranslated
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The gateway enforces the new version as soon as it is published.")));
    form->addRow(tr("Changes"), diff);
    form->addRow(tr("Comment"), m_comment);
    form->addRow(tr("Your password"), m_password);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &PublishDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &PublishDialog::updateButtons);
    updateButtons();
}

void PublishDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_comment->toPlainText().trimmed().isEmpty() && !m_password->text().isEmpty());
}

PublishRequest PublishDialog::request() const
{
    return PublishRequest{m_comment->toPlainText().trimmed(), m_password->text()};
}

std::optional<PublishRequest> PublishDialog::ask(QWidget *parent, const QString &changes)
{
    PublishDialog dialog(changes, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

} // namespace custos
