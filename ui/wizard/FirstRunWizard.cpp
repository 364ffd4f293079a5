#include "ui/wizard/FirstRunWizard.h"

#include "ui/widgets/StatusLabel.h"

#include "gateway/GatewayProbe.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/RouteValidation.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {
namespace {

constexpr int kMinimumPassphrase = 12;

QWizardPage *pageWith(const QString &title, const QString &subTitle, QFormLayout *form, StatusLabel *message)
{
    auto *page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(subTitle);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addStretch(1);
    return page;
}

QWidget *withCopyButton(QLineEdit *line, const QString &buttonName)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *copy = new QPushButton(FirstRunWizard::tr("Copy"), row);
    copy->setObjectName(buttonName);
    QObject::connect(copy, &QPushButton::clicked, line,
                     [line] { QApplication::clipboard()->setText(line->text()); });
    layout->addWidget(line, 1);
    layout->addWidget(copy);
    return row;
}

} // namespace

FirstRunWizard::FirstRunWizard(QString storePath, QByteArray starterPolicy, QString listenSpec,
                               QWidget *parent)
    : QWizard(parent)
    , m_storePath(std::move(storePath))
    , m_starterPolicy(std::move(starterPolicy))
    , m_listenSpec(std::move(listenSpec))
    , m_probe(new GatewayProbe(new QNetworkAccessManager(this), this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up Custos"));
    setPage(StorePage, storePage());
    setPage(AdminPage, adminPage());
    setPage(ServicePage, servicePage());
    setPage(ConnectPage, connectPage());
    setOption(QWizard::NoBackButtonOnLastPage);
    // Our own button texts, so they follow --lang where Qt's translations are not installed.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    connect(m_probe, &GatewayProbe::answered, this, [this](const GatewayProbe::Answer &answer) {
        showTestAnswer(answer.status, answer.decision, answer.error);
    });
}

QLineEdit *FirstRunWizard::field(const QString &name, bool secret)
{
    auto *line = new QLineEdit;
    line->setObjectName(name);
    if (secret)
        line->setEchoMode(QLineEdit::Password);
    return line;
}

QWizardPage *FirstRunWizard::storePage()
{
    m_passphrase = field(QStringLiteral("wizard-passphrase"), true);
    m_passphraseAgain = field(QStringLiteral("wizard-passphrase-again"), true);
    m_messages[StorePage] = new StatusLabel(QStringLiteral("wizard-store-message"));
    auto *form = new QFormLayout;
    form->addRow(tr("Store"), new QLabel(m_storePath));
    form->addRow(tr("Passphrase"), m_passphrase);
    form->addRow(tr("Passphrase again"), m_passphraseAgain);
    return pageWith(tr("The evidence store"),
                    tr("Every prompt, response and decision is kept here, encrypted with this passphrase. "
                       "It cannot be recovered: keep it somewhere safe."),
                    form, m_messages[StorePage]);
}

QWizardPage *FirstRunWizard::adminPage()
{
    m_admin = field(QStringLiteral("wizard-admin"));
    m_adminPassword = field(QStringLiteral("wizard-admin-password"), true);
    m_adminPasswordAgain = field(QStringLiteral("wizard-admin-password-again"), true);
    m_messages[AdminPage] = new StatusLabel(QStringLiteral("wizard-admin-message"));
    auto *form = new QFormLayout;
    form->addRow(tr("Admin name"), m_admin);
    form->addRow(tr("Password"), m_adminPassword);
    form->addRow(tr("Password again"), m_adminPasswordAgain);
    return pageWith(tr("The first administrator"),
                    tr("This account manages users, routes and keys; it is also risk officer and approver "
                       "until you add others."),
                    form, m_messages[AdminPage]);
}

QWizardPage *FirstRunWizard::servicePage()
{
    m_service = field(QStringLiteral("wizard-service"));
    m_routeKind = new QComboBox;
    m_routeKind->setObjectName(QStringLiteral("wizard-route-kind"));
    m_routeKind->addItems(RouteValidation::kinds());
    m_baseUrl = field(QStringLiteral("wizard-base-url"));
    m_baseUrl->setText(QStringLiteral("https://api.openai.com/v1"));
    m_providerKey = field(QStringLiteral("wizard-provider-key"), true);
    m_messages[ServicePage] = new StatusLabel(QStringLiteral("wizard-service-message"));
    connect(m_routeKind, &QComboBox::currentTextChanged, m_baseUrl, [this](const QString &kind) {
        m_baseUrl->setText(kind == u"anthropic" ? QStringLiteral("https://api.anthropic.com")
                                                : QStringLiteral("https://api.openai.com/v1"));
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Service to govern"), m_service);
    form->addRow(tr("Provider"), m_routeKind);
    form->addRow(tr("Provider base URL"), m_baseUrl);
    form->addRow(tr("Provider key"), m_providerKey);
    return pageWith(tr("The service and its provider"),
                    tr("Custos keeps the provider key in the encrypted store; developers never hold it. "
                       "The starter policy is published when you continue."),
                    form, m_messages[ServicePage]);
}

QWizardPage *FirstRunWizard::connectPage()
{
    m_connectUrl = field(QStringLiteral("wizard-connect-url"));
    m_connectUrl->setReadOnly(true);
    m_connectKey = field(QStringLiteral("wizard-connect-key"));
    m_connectKey->setReadOnly(true);
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("wizard-test-result"));
    m_testResult->setWordWrap(true);
    auto *test = new QPushButton(tr("Send a test request"));
    test->setObjectName(QStringLiteral("wizard-test"));
    connect(test, &QPushButton::clicked, this, &FirstRunWizard::sendTestRequest);
    m_messages[ConnectPage] = new StatusLabel(QStringLiteral("wizard-connect-message"));
    auto *form = new QFormLayout;
    form->addRow(tr("Base URL"), withCopyButton(m_connectUrl, QStringLiteral("wizard-copy-url")));
    form->addRow(tr("Developer key"), withCopyButton(m_connectKey, QStringLiteral("wizard-copy-key")));
    form->addRow(QString(), test);
    form->addRow(tr("Decision"), m_testResult);
    return pageWith(tr("Connect your application"),
                    tr("Point the OpenAI or Anthropic client at the base URL and use the key as its API key. "
                       "The key is shown only now."),
                    form, m_messages[ConnectPage]);
}

bool FirstRunWizard::problem(int page, const QString &message)
{
    m_messages.value(page)->showProblem(message);
    return false;
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case StorePage:
        if (m_passphrase->text().size() < kMinimumPassphrase)
            return problem(StorePage,
                           tr("Use a passphrase of at least %1 characters.").arg(kMinimumPassphrase));
        if (m_passphrase->text() != m_passphraseAgain->text())
            return problem(StorePage, tr("The two passphrases differ."));
        return true;
    case AdminPage:
        if (m_admin->text().trimmed().isEmpty() || m_adminPassword->text().size() < 8)
            return problem(AdminPage, tr("Name the admin and give a password of at least 8 characters."));
        if (m_adminPassword->text() != m_adminPasswordAgain->text())
            return problem(AdminPage, tr("The two passwords differ."));
        return true;
    case ServicePage:
        return createEverything();
    default:
        return true;
    }
}

bool FirstRunWizard::createEverything()
{
    if (m_service->text().trimmed().isEmpty())
        return problem(ServicePage, tr("Name the service Custos governs (e.g. chatbot)."));
    const QString kind = m_routeKind->currentText();
    const Route route{kind == u"anthropic" ? QStringLiteral("anthropic") : QStringLiteral("upstream"),
                      kind,
                      m_baseUrl->text(),
                      {}};
    if (auto valid = RouteValidation::check(route); !valid)
        return problem(ServicePage, tr("The provider is not usable: %1").arg(valid.error().message));
    ConsoleSession::FirstRun setup;
    setup.adminName = m_admin->text().trimmed();
    setup.adminPassword = m_adminPassword->text();
    setup.service = m_service->text().trimmed();
    setup.routeName = route.name;
    setup.routeKind = route.kind;
    setup.routeBaseUrl = RouteValidation::normalizedBaseUrl(route.baseUrl);
    setup.providerKey = m_providerKey->text();
    setup.policySource = m_starterPolicy;
    auto session = ConsoleSession::create(m_storePath, KeySource::passphrase(m_passphrase->text()), setup);
    if (!session)
        return problem(ServicePage, session.error().toString());
    m_session = std::move(*session);
    if (auto signedIn = m_session->signIn(setup.adminName, setup.adminPassword); !signedIn)
        return problem(ServicePage, signedIn.error().toString());
    auto started = m_session->startGateway(m_listenSpec);
    auto key = m_session->store()->issueApiKey(setup.adminName, setup.service, setup.adminName);
    if (!key)
        return problem(ServicePage, key.error().toString());
    m_connectKey->setText(*key);
    m_connectUrl->setText(started ? *started + QStringLiteral("/v1") : QString());
    if (!started)
        m_messages.value(ConnectPage)
            ->showProblem(tr("The gateway could not listen on %1: %2. Change the address in Settings.")
                              .arg(m_listenSpec, started.error().toString()));
    return true;
}

QString FirstRunWizard::developerKey() const
{
    return m_connectKey->text();
}

QString FirstRunWizard::baseUrl() const
{
    return m_connectUrl->text();
}

void FirstRunWizard::sendTestRequest()
{
    if (baseUrl().isEmpty()) {
        m_testResult->setText(tr("The gateway is not running."));
        return;
    }
    if (auto sent = m_probe->send(m_routeKind->currentText(), baseUrl(), developerKey().toUtf8()); !sent)
        showTestAnswer(0, {}, sent.error().message);
}

void FirstRunWizard::showTestAnswer(int status, const QString &decision, const QString &error)
{
    const QString result = status == 0       ? tr("No answer: %1").arg(error)
                           : error.isEmpty() ? tr("HTTP %1, decision: %2").arg(status).arg(decision)
                                             : tr("HTTP %1: %2").arg(status).arg(error);
    m_testResult->setText(result);
    Q_EMIT testRequestAnswered(result);
}

QString FirstRunWizard::testResult() const
{
    return m_testResult->text();
}

} // namespace custos
