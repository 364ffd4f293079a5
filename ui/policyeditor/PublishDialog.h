#pragma once

#include "ui/policyeditor/PublishPrompt.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace custos {

// Publishing a policy: the rule-level changes it makes, a required comment for the ledger, and
// the publisher's password.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(const QString &changes, QWidget *parent = nullptr);

    static std::optional<PublishRequest> ask(QWidget *parent, const QString &changes);
    PublishRequest request() const;

private:
    void updateButtons();

    QPlainTextEdit *m_comment = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace custos
