#pragma once

#include "ui/settings/PasswordPrompt.h"

#include <QObject>

class QUrl;

namespace custos {

class AlertsPage;
class ConsoleSession;
class ConsoleTray;
class DecisionFeedModel;
class EvidenceBrowser;
class ExceptionInbox;
class MainWindow;
class PolicyWorkbench;
class SettingsPanel;

// Fills the main window's sections for a session: the live feed (fed by the ledger as the
// in-process gateway records), the active policy's source, the exception inbox, the alerts, the
// evidence browser and the settings, with one tray for the inbox and the alerts; and shows each
// section only to the roles it is for.
class ConsoleSections : public QObject
{
    Q_OBJECT
public:
    ConsoleSections(MainWindow &window, ConsoleSession &session, PasswordPrompt prompt);

    DecisionFeedModel *feedModel() const { return m_feed; }
    ExceptionInbox *inbox() const { return m_inbox; }
    AlertsPage *alerts() const { return m_alerts; }
    ConsoleTray *tray() const { return m_tray; }
    EvidenceBrowser *evidence() const { return m_evidence; }
    SettingsPanel *settings() const { return m_settings; }
    PolicyWorkbench *policies() const { return m_policies; }
    // Follows a custos://policy/HASH or custos://exception/ID link from the feed's detail pane.
    void followLink(const QUrl &url);

private:
    void installFeed();
    void installPolicies();
    void installInbox(const PasswordPrompt &prompt);
    void installAlerts(const PasswordPrompt &prompt);
    void bringForward(const QString &section);
    void installEvidenceAndSettings(const PasswordPrompt &prompt);
    void applyRole();
    void showGatewayState(const QString &baseUrl, const QString &problem);
    void showText(const QString &title, const QString &text);

    MainWindow &m_window;
    ConsoleSession &m_session;
    DecisionFeedModel *m_feed = nullptr;
    ConsoleTray *m_tray = nullptr;
    ExceptionInbox *m_inbox = nullptr;
    AlertsPage *m_alerts = nullptr;
    EvidenceBrowser *m_evidence = nullptr;
    SettingsPanel *m_settings = nullptr;
    PolicyWorkbench *m_policies = nullptr;
};

} // namespace custos
