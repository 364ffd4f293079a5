#pragma once

#include "ui/session/ConsoleSession.h"

#include <QWizard>

#include <memory>

class QLabel;
class QLineEdit;
class QComboBox;

namespace custos {

class GatewayProbe;
class StatusLabel;

// The first run: creates the encrypted store (passphrase), the first admin, names the service to
// govern, configures its upstream route and provider key, publishes the starter policy and starts
// the gateway; it ends on how to connect, with a fresh developer key and a test request.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { StorePage, AdminPage, ServicePage, ConnectPage };

    FirstRunWizard(QString storePath, QByteArray starterPolicy, QString listenSpec,
                   QWidget *parent = nullptr);

    bool validateCurrentPage() override;
    // The session the wizard created, once it has reached the last page.
    std::unique_ptr<ConsoleSession> takeSession() { return std::move(m_session); }
    QString developerKey() const;
    QString baseUrl() const;
    // Sends one request in the wire format of the chosen provider (an OpenAI chat completion or an
    // Anthropic message) through the running gateway and shows what it decided.
    void sendTestRequest();
    QString testResult() const;

Q_SIGNALS:
    void testRequestAnswered(const QString &result);

private:
    QWizardPage *storePage();
    QWizardPage *adminPage();
    QWizardPage *servicePage();
    QWizardPage *connectPage();
    QLineEdit *field(const QString &name, bool secret = false);
    bool problem(int page, const QString &message);
    bool createEverything();
    void showTestAnswer(int status, const QString &decision, const QString &error);

    QString m_storePath;
    QByteArray m_starterPolicy;
    QString m_listenSpec;
    std::unique_ptr<ConsoleSession> m_session;
    GatewayProbe *m_probe = nullptr;
    QHash<int, StatusLabel *> m_messages;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_passphraseAgain = nullptr;
    QLineEdit *m_admin = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLineEdit *m_adminPasswordAgain = nullptr;
    QLineEdit *m_service = nullptr;
    QComboBox *m_routeKind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_providerKey = nullptr;
    QLineEdit *m_connectUrl = nullptr;
    QLineEdit *m_connectKey = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace custos
