#pragma once

#include "ui/settings/PasswordPrompt.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace custos {

class AlertListModel;
class ConsoleSession;
class ConsoleTray;
class ExplainDialog;
class StatusLabel;
struct AlertRecord;

// The Alerts section, for approvers and risk officers: the watchers' alerts (AlertBook, re-read
// every few seconds, since the watchers may run in another process), one alert's detail and its
// contributing interactions, each of which opens in the Explain dialog; and Dismiss (a reason is
// required), Confirm or Escalate (a reason is required; the alert goes to the risk officers and a
// risk level is set at once), through AlertDecider after the person re-enters their password.
// Nobody decides an alert about themselves, and an escalated one is the risk officers': the buttons
// say so before AlertDecider refuses. New undecided alerts are announced on the console's tray.
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(ConsoleSession &session, QWidget *parent = nullptr);

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    void setTray(ConsoleTray *tray) { m_tray = tray; }
    AlertListModel *model() const { return m_model; }

    void reload();
    bool selectAlert(const QString &alertId);
    bool dismissSelected();
    bool confirmSelected();
    // Hands the alert to the risk officers and sets a risk level at once (a reason is required).
    bool escalateSelected();
    // Opens the selected contributing interaction in the Explain dialog; nullptr when none is selected.
    ExplainDialog *explainSelectedInteraction();
    int openCount() const;
    QString message() const;

Q_SIGNALS:
    void openCountChanged(int count);

private:
    const AlertRecord *selectedRecord() const;
    void showSelected();
    void updateButtons();
    void announce();
    std::optional<QString> reauthenticate(const QString &reason);
    enum class Verdict { Dismiss, Confirm, Escalate };
    bool decide(Verdict verdict);
    static QString promptFor(Verdict verdict, const QString &id);
    static QString refusalFor(Verdict verdict, const QString &id, const QString &why);
    static QString outcomeFor(Verdict verdict, const AlertRecord &record);

    ConsoleSession &m_session;
    PasswordPrompt m_prompt;
    ConsoleTray *m_tray = nullptr;
    AlertListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QListWidget *m_contributing = nullptr;
    QPushButton *m_explain = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_escalate = nullptr;
    StatusLabel *m_message = nullptr;
    QSet<QString> m_announced; // open alerts already announced
    int m_openCount = -1;
};

} // namespace custos
