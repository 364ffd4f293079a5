// The console's bad-input cases that need a machine condition rather than a typo: an upstream that
// cannot be reached, and a store on a read-only disk. Each must say what is wrong in the UI and
// lose nothing already written.
#include "tests/support/CustosTest.h"

#include "tests/ui/console/ConsoleTestSupport.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/SignInDialog.h"
#include "ui/wizard/FirstRunWizard.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/KeySource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

namespace tst_console_bad_input {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"a long store passphrase"_s;
const QString adminPassword = u"admin password 1"_s;

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

bool anyLabelSays(QWidget *root, const QString &text)
{
    const auto labels = root->findChildren<QLabel *>();
    return std::ranges::any_of(labels, [&](const QLabel *label) { return label->text().contains(text); });
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

ConsoleSession::FirstRun setupTowards(const QString &baseUrl)
{
    ConsoleSession::FirstRun setup;
    setup.adminName = u"root"_s;
    setup.adminPassword = adminPassword;
    setup.service = u"chatbot"_s;
    setup.routeBaseUrl = baseUrl;
    setup.providerKey = u"sk-provider-test"_s;
    setup.policySource = starterPolicy();
    return setup;
}

} // namespace

class TestConsoleBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTestRequestNamesAnUnreachableUpstream()
    {
        QTemporaryDir dir;
        const QString deadUpstream = u"http://127.0.0.1:%1/v1"_s.arg(closedPort());
        FirstRunWizard wizard(dir.filePath(u"evidence.db"_s), starterPolicy(), u"127.0.0.1:0"_s);
        wizard.show();
        fillFirstRun(wizard, passphrase, adminPassword, deadUpstream);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectPage));
        QSignalSpy answered(&wizard, &FirstRunWizard::testRequestAnswered);
        wizard.sendTestRequest();
        QVERIFY(answered.wait(20000));
        QVERIFY2(wizard.testResult().startsWith(u"HTTP 502"_s), qPrintable(wizard.testResult()));
        QVERIFY2(wizard.testResult().contains(u"Could not reach the upstream of route 'upstream'"_s),
                 qPrintable(wizard.testResult()));

        // The failed attempt is evidence too: the prompt and the outcome are in the ledger.
        auto session = wizard.takeSession();
        EvidenceQuery query;
        query.kind = EventKind::Interaction;
        QTRY_VERIFY_WITH_TIMEOUT(!session->store()->query(query)->events.isEmpty(), 5000);
        const EvidenceEvent event = session->store()->query(query)->events.front();
        QCOMPARE(event.payload[u"outcome"][u"status"].toInt(), 502);
        QVERIFY(event.searchText.contains(u"Hello from Custos"_s) ||
                event.payload[u"request"][u"received"][u"messages"][0][u"content"].toString() ==
                    u"Hello from Custos"_s);
    }

    void aStoreOnAReadOnlyDiskIsNamedAndLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=16m") != 0)
            QSKIP("mounting a tmpfs is not allowed here (needs root in a private mount namespace)");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        const QString path = mountPoint + u"/evidence.db"_s;
        {
            auto created = ConsoleSession::create(path, KeySource::passphrase(passphrase),
                                                  setupTowards(u"http://127.0.0.1:9/v1"_s));
            QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        }
        qint64 eventsBefore = 0;
        {
            auto opened = ConsoleSession::open(path, KeySource::passphrase(passphrase));
            QVERIFY(opened);
            eventsBefore = *(*opened)->store()->eventCount();
        }
        QVERIFY(eventsBefore > 0);
        const QByteArray before = digestOf(path);
        QVERIFY(!before.isEmpty());
        QCOMPARE(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                         "size=16m"),
                 0);

        std::unique_ptr<ConsoleSession> session;
        SignInDialog dialog(
            path, true, [&](const QString &given, const QString &user, const QString &password) {
                auto opened = ConsoleSession::open(path, KeySource::passphrase(given));
                if (!opened)
                    return Result<void>(std::unexpected(opened.error()));
                session = std::move(*opened);
                auto signedIn = session->signIn(user, password);
                return signedIn ? Result<void>{} : Result<void>(std::unexpected(signedIn.error()));
            });
        type(&dialog, u"signin-passphrase"_s, passphrase);
        type(&dialog, u"signin-user"_s, u"root"_s);
        type(&dialog, u"signin-password"_s, adminPassword);
        QVERIFY(!dialog.trySignIn());
        QVERIFY2(dialog.message().contains(u"read-only"_s), qPrintable(dialog.message()));

        // A first run onto the read-only disk says so on the page where it failed.
        FirstRunWizard wizard(mountPoint + u"/new.db"_s, starterPolicy(), u"127.0.0.1:0"_s);
        wizard.show();
        fillFirstRun(wizard, passphrase, adminPassword, u"http://127.0.0.1:9/v1"_s);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ServicePage));
        QVERIFY(anyLabelSays(&wizard, u"read-only"_s));
        QVERIFY(!QFile::exists(mountPoint + u"/new.db"_s));

        // Writable again, the store opens with everything it held.
        QCOMPARE(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", MS_REMOUNT, "size=16m"),
                 0);
        QCOMPARE(digestOf(path), before);
        auto reopened = ConsoleSession::open(path, KeySource::passphrase(passphrase));
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString()));
        QCOMPARE(*(*reopened)->store()->eventCount(), eventsBefore);
        QVERIFY((*reopened)->store()->verify().ok());
        QVERIFY((*reopened)->signIn(u"root"_s, adminPassword));
    }
};

} // namespace tst_console_bad_input

CUSTOS_TEST_MAIN(tst_console_bad_input::TestConsoleBadInput)
#include "tst_console_bad_input.moc"
