#pragma once

#include "ui/settings/PasswordPrompt.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace custos {

class ConsoleSession;
class ConsoleTray;
class StatusLabel;
struct ExceptionRecord;

// The approver's inbox: pending requests (requester, rules, scope, justification, the blocked
// interaction, the time asked) to approve, optionally shorter or single-use, or reject with a
// reason, re-authenticating either way; and the history of every request. The console's tray
// (ConsoleTray) counts how many wait for the signed-in approver and announces new ones.
class ExceptionInbox : public QWidget
{
    Q_OBJECT
public:
    explicit ExceptionInbox(ConsoleSession &session, QWidget *parent = nullptr);

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    void setTray(ConsoleTray *tray) { m_tray = tray; }
    void reload();
    bool approveSelected();
    bool rejectSelected();
    int pendingCount() const;
    int awaitingMeCount() const { return m_awaitingMe; }
    QString message() const;

Q_SIGNALS:
    void awaitingMeChanged(int count);

private:
    QString selectedId() const;
    std::optional<QString> reauthenticate(const QString &reason);
    void fillPending(const QList<ExceptionRecord> &records);
    void fillHistory(const QList<ExceptionRecord> &records);
    void announce(int awaiting);

    ConsoleSession &m_session;
    PasswordPrompt m_prompt;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_pending = nullptr;
    QTableWidget *m_history = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QCheckBox *m_singleUse = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    StatusLabel *m_message = nullptr;
    ConsoleTray *m_tray = nullptr;
    int m_awaitingMe = 0;
};

} // namespace custos
