// The console and `custosctl quickstart` share one default store. A store made by the real
// `custosctl quickstart` binary (key file in a temporary XDG config folder, no keychain) opens in
// the console's sign-in with user and password only; a wrong password is named and the dialog
// stays; a passphrase store made by the console at its former app data path is still found, says
// so, and keeps its passphrase field.
#include "tests/support/CustosTest.h"

#include "tests/ui/console/ConsoleTestSupport.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/SignInDialog.h"
#include "ui/session/StoreSignIn.h"

#include "core/evidence/DefaultStoreLocation.h"
#include "core/evidence/EvidenceStore.h"
#include "core/identity/User.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace tst_console_store_location {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString adminPassword = u"quickstart admin pw 1"_s;
const QString passphrase = u"a long store passphrase"_s;

// Runs the real `custosctl quickstart --setup-only --no-keychain` in this test's XDG folders.
QString runQuickstart()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CUSTOS_ADMIN_PASSWORD"_s, adminPassword);
    environment.remove(u"OPENAI_API_KEY"_s);
    environment.remove(u"ANTHROPIC_API_KEY"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"),
                  {u"quickstart"_s, u"--setup-only"_s, u"--no-keychain"_s});
    if (!process.waitForFinished(120000))
        return u"custosctl quickstart did not finish"_s;
    if (process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    return {};
}

void signInAs(SignInDialog &dialog, const QString &user, const QString &password)
{
    type(&dialog, u"signin-user"_s, user);
    type(&dialog, u"signin-password"_s, password);
}

} // namespace

class TestConsoleStoreLocation : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;

private Q_SLOTS:
    // Fresh XDG folders for every case, and a session bus that does not exist, so the OS keychain
    // refuses as on a headless machine and the key file is what quickstart and the console use.
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_DATA_HOME", m_home->filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(u"config"_s).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        qunsetenv("CUSTOS_STORE");
    }

    void cleanup() { qunsetenv("CUSTOS_STORE"); }

    void aQuickstartStoreNeedsOnlyUserAndPassword_data()
    {
        QTest::addColumn<QString>("customStore"); // CUSTOS_STORE, relative to the home; empty: unset
        QTest::addColumn<QString>("keyFileName");
        QTest::newRow("the shared default path") << QString() << u"store.key"_s;
        QTest::newRow("CUSTOS_STORE") << u"elsewhere/team.db"_s << QString();
    }
    void aQuickstartStoreNeedsOnlyUserAndPassword()
    {
        QFETCH(QString, customStore);
        QFETCH(QString, keyFileName);
        if (!customStore.isEmpty())
            qputenv("CUSTOS_STORE", m_home->filePath(customStore).toUtf8());
        const QString failure = runQuickstart();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        const DefaultStoreLocation location = DefaultStoreLocation::forConsole();
        const QString expectedStore = customStore.isEmpty() ? m_home->filePath(u"data/custos/evidence.db"_s)
                                                            : m_home->filePath(customStore);
        QCOMPARE(location.store(), expectedStore);
        QVERIFY2(QFileInfo::exists(location.store()), qPrintable(location.store()));
        QVERIFY2(QFileInfo::exists(location.keyFile()), qPrintable(location.keyFile()));
        QCOMPARE(QFileInfo(location.keyFile()).path(), m_home->filePath(u"config/custos"_s));
        if (!keyFileName.isEmpty())
            QCOMPARE(QFileInfo(location.keyFile()).fileName(), keyFileName);
        else
            QVERIFY(QFileInfo(location.keyFile()).fileName() != u"store.key"_s); // its own key file
        QCOMPARE(QFileInfo(location.keyFile()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        StoreSignIn signIn(location);
        QVERIFY(!signIn.needsPassphrase());
        auto dialog = signIn.dialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(!dialog->asksForPassphrase());
        QVERIFY(!dialog->findChild<QLineEdit *>(u"signin-passphrase"_s)->isVisible());
        QCOMPARE(dialog->windowTitle(), u"Sign in to Custos"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"signin-store"_s)->text(), location.store());
        QVERIFY2(dialog->storeNote().contains(location.keyFile()), qPrintable(dialog->storeNote()));
        if (!customStore.isEmpty())
            QVERIFY2(dialog->storeNote().contains(u"CUSTOS_STORE"_s), qPrintable(dialog->storeNote()));

        signInAs(*dialog, u"admin"_s, adminPassword);
        QVERIFY2(dialog->trySignIn(), qPrintable(dialog->message()));
        auto session = signIn.takeSession();
        QVERIFY(session);
        QCOMPARE(session->user()->name, u"admin"_s);
        QVERIFY(session->user()->hasRole(Role::Admin));
        QCOMPARE(session->store()->path(), location.store());
    }

    void aWrongPasswordIsNamedAndTheDialogStays()
    {
        const QString failure = runQuickstart();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        StoreSignIn signIn(DefaultStoreLocation::forConsole());
        auto dialog = signIn.dialog();
        signInAs(*dialog, u"admin"_s, u"not the password"_s);
        QVERIFY(!dialog->trySignIn());
        QVERIFY2(dialog->message().contains(u"wrong user name or password"_s), qPrintable(dialog->message()));
        QVERIFY(dialog->result() != QDialog::Accepted);
        signInAs(*dialog, u"admin"_s, adminPassword);
        QVERIFY2(dialog->trySignIn(), qPrintable(dialog->message()));
        QCOMPARE(signIn.takeSession()->user()->name, u"admin"_s);
    }

    // A console store from before the path was shared: found at the former path and said so in
    // the sign-in; it is a passphrase store, so the passphrase is asked. Once a store exists at the
    // shared path, that one is opened.
    void aStoreAtTheFormerConsolePathIsStillFound()
    {
        QCOMPARE(DefaultStoreLocation::forConsole().store(), DefaultStoreLocation::sharedStorePath());
        const QString former = DefaultStoreLocation::formerConsoleStorePath();
        QCOMPARE(former, m_home->filePath(u"data/Custos/Custos/evidence.db"_s));
        QVERIFY(QDir().mkpath(QFileInfo(former).path()));
        {
            ConsoleSession::FirstRun setup;
            setup.adminName = u"root"_s;
            setup.adminPassword = u"admin password 1"_s;
            setup.service = u"chatbot"_s;
            setup.policySource = starterPolicy();
            auto made = ConsoleSession::create(former, KeySource::passphrase(passphrase), setup);
            QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        }
        const DefaultStoreLocation location = DefaultStoreLocation::forConsole();
        QCOMPARE(location.origin(), DefaultStoreLocation::Origin::FormerConsole);
        QCOMPARE(location.store(), former);

        StoreSignIn signIn(location);
        QVERIFY(signIn.needsPassphrase());
        auto dialog = signIn.dialog();
        QVERIFY(dialog->asksForPassphrase());
        QVERIFY2(dialog->storeNote().contains(u"former location"_s), qPrintable(dialog->storeNote()));
        QVERIFY2(dialog->storeNote().contains(DefaultStoreLocation::sharedStorePath()),
                 qPrintable(dialog->storeNote()));
        signInAs(*dialog, u"root"_s, u"admin password 1"_s);
        QVERIFY(!dialog->trySignIn()); // no passphrase typed
        type(dialog.get(), u"signin-passphrase"_s, passphrase);
        signInAs(*dialog, u"root"_s, u"admin password 1"_s);
        QVERIFY2(dialog->trySignIn(), qPrintable(dialog->message()));
        QCOMPARE(signIn.takeSession()->store()->path(), former);

        const QString failure = runQuickstart(); // now the shared path has a store: it wins
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(DefaultStoreLocation::forConsole().store(), DefaultStoreLocation::sharedStorePath());
        QCOMPARE(DefaultStoreLocation::forConsole().origin(), DefaultStoreLocation::Origin::Shared);
    }

    // A key file that is there but broken is named, and the passphrase is asked instead.
    void anUnreadableKeyFileIsNamed()
    {
        const DefaultStoreLocation location = DefaultStoreLocation::standard();
        QVERIFY(QDir().mkpath(location.configDir()));
        QFile key(location.keyFile());
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("not hex\n");
        key.close();
        StoreSignIn signIn(location);
        QVERIFY(signIn.needsPassphrase());
        QVERIFY2(signIn.note().contains(u"not a Custos key"_s), qPrintable(signIn.note()));
        QVERIFY2(signIn.note().contains(location.keyFile()), qPrintable(signIn.note()));
    }
};

} // namespace tst_console_store_location

CUSTOS_TEST_MAIN(tst_console_store_location::TestConsoleStoreLocation)
#include "tst_console_store_location.moc"
