// The settings section over a real encrypted store: routes keep provider keys secret, developer
// keys are shown once and work, user changes need the admin's password, roles gate every page.
#include "tests/support/CustosTest.h"

#include "ui/settings/DeveloperKeysPage.h"
#include "ui/settings/GatewaySettingsPage.h"
#include "ui/settings/RetentionSettingsPage.h"
#include "ui/settings/RoutesSettingsPage.h"
#include "ui/settings/SettingsPanel.h"
#include "ui/settings/UsersSettingsPage.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/publishing/PolicyVersions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace tst_settings_panel {

using namespace custos;
using namespace Qt::StringLiterals;

class TestSettingsPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::shared_ptr<EvidenceStore> store;
    std::shared_ptr<UserService> users;

    User signedIn(const QString &name) const { return *users->directory().find(name); }

private Q_SLOTS:
    void initTestCase()
    {
        auto created =
            EvidenceStore::create(dir.filePath(u"store.db"_s), KeySource::rawKey(QByteArray(32, 's')));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        users = std::make_shared<UserService>(*store,
                                              std::make_shared<UserDirectory>(PasswordHasher({10, 8, 1})));
        QVERIFY(users->addUser({}, {u"root"_s, {}, {Role::Admin}, {}}, u"root password 1"_s));
        QVERIFY(users->addUser(Credentials::withPassword(u"root"_s, u"root password 1"_s),
                               {u"ada"_s, {}, {Role::Developer}, {}}, u"ada password 1"_s));
    }

    void routesKeepProviderKeysSecret()
    {
        RoutesSettingsPage page(store);
        page.setActor(u"root"_s, true);
        page.findChild<QLineEdit *>(u"route-name"_s)->setText(u"upstream"_s);
        page.findChild<QLineEdit *>(u"route-base-url"_s)->setText(u"not a url"_s);
        QVERIFY(!page.saveRoute());
        QVERIFY(page.message().contains(u"http or https"_s));
        page.findChild<QLineEdit *>(u"route-base-url"_s)->setText(u"http://127.0.0.1:9/v1"_s);
        page.findChild<QLineEdit *>(u"route-api-key"_s)->setText(u"sk-provider-secret-123"_s);
        QVERIFY2(page.saveRoute(), qPrintable(page.message()));
        QCOMPARE(page.routeCount(), 1);
        auto *table = page.findChild<QTableWidget *>(u"routes-table"_s);
        for (int column = 0; column < table->columnCount(); ++column)
            QVERIFY(!table->item(0, column)->text().contains(u"sk-provider"_s));
        QCOMPARE(store->routes()->front().apiKey, u"sk-provider-secret-123"_s);

        // Editing the URL without typing a key keeps the stored key.
        table->selectRow(0);
        page.findChild<QLineEdit *>(u"route-base-url"_s)->setText(u"http://127.0.0.1:10/v1"_s);
        QVERIFY(page.saveRoute());
        QCOMPARE(store->routes()->front().apiKey, u"sk-provider-secret-123"_s);
        QCOMPARE(store->routes()->front().baseUrl, u"http://127.0.0.1:10/v1"_s);
    }

    void actingWithoutASelectionSaysWhatToSelect()
    {
        RoutesSettingsPage routes(store);
        routes.setActor(u"root"_s, true);
        routes.reload();
        QVERIFY(!routes.removeSelectedRoute());
        QCOMPARE(routes.message(), u"Select the route to remove."_s);
        DeveloperKeysPage keys(store);
        keys.setActor(u"root"_s, true);
        keys.reload();
        QVERIFY(!keys.revokeSelectedKey());
        QCOMPARE(keys.message(), u"Select the key to revoke."_s);
    }

    void developerKeysAreShownOnceAndWork()
    {
        DeveloperKeysPage page(store);
        page.setActor(u"root"_s, true);
        QVERIFY(page.issueKey().isEmpty());
        page.findChild<QLineEdit *>(u"key-user"_s)->setText(u"ada"_s);
        page.findChild<QLineEdit *>(u"key-service"_s)->setText(u"chatbot"_s);
        const QString key = page.issueKey();
        QVERIFY2(key.startsWith(u"custos_"_s), qPrintable(page.message()));
        QCOMPARE(store->resolveApiKey(key)->user, u"ada"_s);
        auto *table = page.findChild<QTableWidget *>(u"keys-table"_s);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!table->item(0, 0)->text().contains(key.mid(20)));
        table->selectRow(0);
        QVERIFY2(page.revokeSelectedKey(), qPrintable(page.message()));
        QVERIFY(!store->resolveApiKey(key));
    }

    void userChangesNeedTheAdminsPassword()
    {
        UsersSettingsPage page(users);
        page.setActor(u"root"_s, true);
        page.reload();
        QCOMPARE(page.userCount(), 2);
        page.findChild<QLineEdit *>(u"user-name"_s)->setText(u"rita"_s);
        page.findChild<QCheckBox *>(u"user-role-risk_officer"_s)->setChecked(true);
        page.findChild<QLineEdit *>(u"user-password"_s)->setText(u"rita password 1"_s);
        page.findChild<QLineEdit *>(u"user-password-again"_s)->setText(u"rita password 2"_s);
        QVERIFY(!page.addUser());
        QVERIFY(page.message().contains(u"differ"_s));
        page.findChild<QLineEdit *>(u"user-password-again"_s)->setText(u"rita password 1"_s);

        page.setPasswordPrompt([](const QString &) { return std::optional<QString>(u"wrong"_s); });
        QVERIFY(!page.addUser());
        QVERIFY2(page.message().contains(u"password"_s), qPrintable(page.message()));
        page.setPasswordPrompt([](const QString &) { return std::optional<QString>(); });
        QVERIFY(!page.addUser());
        QVERIFY(page.message().contains(u"Cancelled"_s));
        QVERIFY(!users->directory().find(u"rita"_s));

        page.setPasswordPrompt([](const QString &) { return std::optional<QString>(u"root password 1"_s); });
        QVERIFY2(page.addUser(), qPrintable(page.message()));
        QVERIFY(users->directory().find(u"rita"_s)->hasRole(Role::RiskOfficer));
        QVERIFY(users->directory().authenticate(u"rita"_s, u"rita password 1"_s));

        auto *table = page.findChild<QTableWidget *>(u"users-table"_s);
        const auto rows = table->findItems(u"rita"_s, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        table->selectRow(rows.front()->row());
        QVERIFY2(page.toggleSelectedDisabled(), qPrintable(page.message()));
        QVERIFY(users->directory().find(u"rita"_s)->disabled);
        QVERIFY(!users->directory().authenticate(u"rita"_s, u"rita password 1"_s));
    }

    void gatewayAddressIsValidatedAndLoopbackByDefault()
    {
        GatewaySettingsPage page;
        page.setActor(true);
        QSignalSpy requested(&page, &GatewaySettingsPage::listenAddressRequested);
        page.findChild<QLineEdit *>(u"gateway-listen"_s)->setText(u"0.0.0.0:8787"_s);
        QVERIFY(!page.requestChange());
        QVERIFY2(page.message().contains(u"loopback"_s), qPrintable(page.message()));
        page.findChild<QLineEdit *>(u"gateway-listen"_s)->setText(u"127.0.0.1:9911"_s);
        QVERIFY(page.requestChange());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.front().at(0).toString(), u"127.0.0.1:9911"_s);
    }

    void retentionFollowsThePublishedPolicy()
    {
        RetentionSettingsPage page(store);
        page.setActor(u"root"_s, true);
        page.reload();
        QVERIFY(page.message().contains(u"No policy version"_s));
        QFile starter(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
        QVERIFY(starter.open(QIODevice::ReadOnly));
        auto policy = Policy::fromYaml(starter.readAll());
        QVERIFY(policy);
        QVERIFY(PolicyVersions(*store, nullptr).recordLoadedFile(*policy, u"starter.yaml"_s));
        page.reload();
        auto *table = page.findChild<QTableWidget *>(u"retention-table"_s);
        QVERIFY(table->findItems(u"Data class SECRET"_s, Qt::MatchExactly).size() == 1);
        QVERIFY2(page.applyRetentionNow(), qPrintable(page.message()));
        QVERIFY(page.message().contains(u"dropped"_s));
    }

    void rolesGateThePanelAndItIsScreenshotted()
    {
        SettingsPanel panel(store, users);
        panel.setSignedInUser(signedIn(u"ada"_s));
        QVERIFY(!panel.findChild<QPushButton *>(u"route-save"_s)->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(u"user-add"_s)->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(u"gateway-apply"_s)->isEnabled());
        panel.setSignedInUser(signedIn(u"root"_s));
        QVERIFY(panel.findChild<QPushButton *>(u"route-save"_s)->isEnabled());
        QVERIFY(panel.findChild<QPushButton *>(u"user-add"_s)->isEnabled());
        panel.resize(1000, 650);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.tabs()->setCurrentIndex(1);
        const QString shots = QStringLiteral(CUSTOS_BIN_DIR "/../screenshots");
        QDir().mkpath(shots);
        QVERIFY(panel.grab().save(shots + u"/settings.png"_s));
    }
};

} // namespace tst_settings_panel

CUSTOS_TEST_MAIN(tst_settings_panel::TestSettingsPanel)
#include "tst_settings_panel.moc"
