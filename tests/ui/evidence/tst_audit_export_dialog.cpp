// "Export audit pack…" in the evidence browser, offscreen, over a real encrypted store: only
// exporters see it, the form says what is missing, a wrong password exports nothing, a real
// export shows the fingerprints and leaves a signed pack, and a cancel leaves nothing behind.
#include "tests/support/CustosTest.h"

#include "ui/evidence/AuditExportDialog.h"
#include "ui/evidence/EvidenceBrowser.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserDirectory.h"
#include "core/identity/UserService.h"
#include "core/policy/InteractionPayload.h"
#include "ui/evidence/AuditExportJob.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace tst_audit_export_dialog {

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const QString kAdminPassword = u"admin password, long enough"_s;
const QString kAuditorPassword = u"auditor password, long enough"_s;

EvidenceEvent interaction(int i)
{
    InteractionPayload payload;
    payload.interactionId = u"int-%1"_s.arg(i);
    payload.endpoint = u"/v1/chat/completions"_s;
    payload.hasCaller = true;
    payload.user = u"dev"_s;
    payload.service = u"chatbot"_s;
    payload.decision = i % 3 == 0 ? Action::Block : Action::Allow;
    payload.policyHash = QString(64, u'a');
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = u"dev"_s;
    event.service = u"chatbot"_s;
    event.user = u"dev"_s;
    event.decision = i % 3 == 0 ? u"block"_s : u"allow"_s;
    event.rules = i % 3 == 0 ? QStringList{u"block-secrets"_s} : QStringList{};
    event.policyHash = QString(64, u'a');
    event.payload = payload.toJson();
    return event;
}

QStringList packEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestAuditExportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::shared_ptr<EvidenceStore> store;
    std::unique_ptr<UserService> users;

    QString freshDestination(const QString &name)
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    AuditExportDialog *openDialog(EvidenceBrowser &browser, const QString &destination,
                                  const QString &password)
    {
        AuditExportDialog *dialog = browser.openExportDialog();
        if (!dialog)
            return nullptr;
        dialog->findChild<QLineEdit *>(u"audit-export-destination"_s)->setText(destination);
        dialog->findChild<QLineEdit *>(u"audit-export-password"_s)->setText(password);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created =
            EvidenceStore::create(dir.filePath(u"store.db"_s), KeySource::rawKey(QByteArray(32, 'e')));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        users = std::make_unique<UserService>(*store, std::make_shared<UserDirectory>());
        QVERIFY(users->load());
        QVERIFY(users->addUser({}, NewUser{u"root"_s, u"Root"_s, {Role::Admin}, {}}, kAdminPassword));
        const auto admin = Credentials::withPassword(u"root"_s, kAdminPassword);
        QVERIFY(users->addUser(admin, NewUser{u"audrey"_s, u"Audrey Auditor"_s, {Role::Auditor}, {}},
                               kAuditorPassword));
        QVERIFY(users->addUser(admin, NewUser{u"rita"_s, u"Rita Risk"_s, {Role::RiskOfficer}, {}},
                               kAuditorPassword));
        for (int i = 0; i < 30; ++i)
            QVERIFY(store->append(interaction(i)));
    }

    void onlyExportersSeeTheButton()
    {
        EvidenceBrowser browser(store);
        browser.setUserDirectory(users->sharedDirectory());
        browser.show();
        browser.setActor(u"rita"_s, false, false);
        QVERIFY(!browser.exportButton()->isVisible());
        browser.setActor(u"audrey"_s, true, true);
        QVERIFY(browser.exportButton()->isVisible());
    }

    void theFormSaysWhatIsMissing()
    {
        EvidenceBrowser browser(store);
        browser.setUserDirectory(users->sharedDirectory());
        browser.setActor(u"audrey"_s, true, true);
        AuditExportDialog *dialog = openDialog(browser, freshDestination(u"form"_s), QString());
        QVERIFY(dialog);
        auto *start = dialog->findChild<QPushButton *>(u"audit-export-start"_s);
        auto *problem = dialog->findChild<QLabel *>(u"audit-export-problem"_s);
        QVERIFY(!start->isEnabled());
        QVERIFY2(problem->text().contains(u"password"_s), qPrintable(problem->text()));
        dialog->findChild<QLineEdit *>(u"audit-export-password"_s)->setText(kAuditorPassword);
        QVERIFY(start->isEnabled());
        dialog->findChild<QLineEdit *>(u"audit-export-destination"_s)->setText(dir.filePath(u"missing"_s));
        QVERIFY(!start->isEnabled());
        QVERIFY2(problem->text().contains(u"destination"_s), qPrintable(problem->text()));
    }

    void aWrongPasswordExportsNothing()
    {
        EvidenceBrowser browser(store);
        browser.setUserDirectory(users->sharedDirectory());
        browser.setActor(u"audrey"_s, true, true);
        const QString destination = freshDestination(u"wrong"_s);
        AuditExportDialog *dialog = openDialog(browser, destination, u"not the password"_s);
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(u"audit-export-start"_s)->click();
        auto *stage = dialog->findChild<QLabel *>(u"audit-export-stage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stage->text().startsWith(u"Not exported"_s), 60000);
        QVERIFY(!dialog->findChild<QWidget *>(u"audit-export-result"_s)->isVisible());
        QCOMPARE(packEntries(destination), QStringList());
    }

    void anExportShowsTheFingerprintsAndLeavesASignedPack()
    {
        EvidenceBrowser browser(store);
        browser.setUserDirectory(users->sharedDirectory());
        browser.setActor(u"audrey"_s, true, true);
        const QString destination = freshDestination(u"done"_s);
        AuditExportDialog *dialog = openDialog(browser, destination, kAuditorPassword);
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(u"audit-export-start"_s)->click();
        auto *result = dialog->findChild<QWidget *>(u"audit-export-result"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 120000);
        const QString fingerprint = dialog->findChild<QLabel *>(u"audit-export-fingerprint"_s)->text();
        QCOMPARE(fingerprint.size(), 64);
        QCOMPARE(dialog->findChild<QLabel *>(u"audit-export-key-fingerprint"_s)->text().size(), 64);
        const QStringList entries = packEntries(destination);
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.first().startsWith(u"custos-pack_"_s), qPrintable(entries.first()));
        const QString pack = QDir(destination).filePath(entries.first());
        QCOMPARE(dialog->packPath(), pack);
        for (const QString &file : {u"report.pdf"_s, u"SHA256SUMS"_s, u"SHA256SUMS.sig"_s, u"manifest.json"_s,
                                    u"data/interactions.csv"_s})
            QVERIFY2(QFile::exists(QDir(pack).filePath(file)), qPrintable(file));
        // For people reviewing the console: the finished export as the exporter sees it.
        QDir().mkpath(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots"));
        QVERIFY(dialog->grab().save(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots/audit-export.png")));
        QFile manifest(QDir(pack).filePath(u"manifest.json"_s));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY(manifest.readAll().contains(fingerprint.toLatin1()));
    }

    void aCancelLeavesNothingBehind()
    {
        EvidenceBrowser browser(store);
        browser.setUserDirectory(users->sharedDirectory());
        browser.setActor(u"audrey"_s, true, true);
        const QString destination = freshDestination(u"cancelled"_s);
        AuditExportDialog *dialog = openDialog(browser, destination, kAuditorPassword);
        QVERIFY(dialog);
        auto *cancel = dialog->findChild<QPushButton *>(u"audit-export-cancel"_s);
        auto *job = dialog->findChild<AuditExportJob *>();
        QVERIFY(job);
        // Cancel on the first progress report, as a user would once the bar moves: the worker
        // keeps going until it next looks at the flag, and must then remove what it wrote.
        bool cancelled = false;
        connect(job, &AuditExportJob::progress, dialog, [&] {
            if (!std::exchange(cancelled, true))
                cancel->click();
        });
        dialog->findChild<QPushButton *>(u"audit-export-start"_s)->click();
        auto *stage = dialog->findChild<QLabel *>(u"audit-export-stage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            stage->text().startsWith(u"Cancelled"_s) || stage->text().startsWith(u"Exported"_s), 120000);
        QVERIFY2(stage->text().startsWith(u"Cancelled"_s), qPrintable(stage->text()));
        QCOMPARE(packEntries(destination), QStringList());
        QVERIFY(!dialog->findChild<QWidget *>(u"audit-export-result"_s)->isVisible());
    }
};

} // namespace tst_audit_export_dialog

CUSTOS_TEST_MAIN(tst_audit_export_dialog::TestAuditExportDialog)
#include "tst_audit_export_dialog.moc"
