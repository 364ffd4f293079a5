// The Alerts section on a real store: a budget alert raised by the real watchers (six distinct SSNs
// from alice, one under an exception) is listed with its statistic, windows and contributing
// interactions, which open in the Explain dialog; Dismiss and Confirm go through AlertDecider after
// the password, nobody decides an alert about themselves, and the tray and the section badge
// count open alerts. The model passes QAbstractItemModelTester throughout. Screenshots land in
// build/<env>/screenshots (alerts.png) and screenshots/de (alerts.png).
#include "tests/support/CustosTest.h"

#include "ui/MainWindow.h"
#include "ui/alerts/AlertListModel.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/explain/ExplainDialog.h"
#include "ui/i18n/ConsoleLanguage.h"
#include "ui/session/ConsoleSections.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/ConsoleTray.h"
#include "ui/widgets/EmptyStateLabel.h"

#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/policy/InteractionPayload.h"
#include "core/watch/AlertBook.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchService.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

namespace tst_alerts_page {

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const PasswordHasher::Cost kCheapHash{10, 8, 1};

KeySource storeKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
}

QString passwordOf(const QString &user)
{
    return user + u"-password-123"_s;
}

// An interaction as the gateway records it: request hits with fingerprints, never the text.
EvidenceEvent ssnInteraction(const ValueFingerprinter &fingerprinter, int n, bool covered)
{
    InteractionHit hit{u"us_ssn"_s, u"PII"_s, u"$.messages[0].content"_s, 0, 11, 0.9, {}};
    hit.fingerprint = fingerprinter.fingerprint(u"us_ssn"_s, u"12345%1"_s.arg(n, 4, 10, QLatin1Char('0')));
    InteractionPayload payload;
    payload.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.endpoint = u"/v1/chat/completions"_s;
    payload.hasCaller = true;
    payload.user = u"alice"_s;
    payload.service = u"billing"_s;
    payload.keyPrefix = u"ck_test"_s;
    if (covered) {
        payload.exceptionIds = {u"ex-1"_s};
        payload.exceptedRules = {u"r1"_s};
    }
    InteractionDecision decision;
    decision.hits = {hit};
    payload.decisions = {decision};
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = u"gateway"_s;
    event.user = payload.user;
    event.service = payload.service;
    event.payload = payload.toJson();
    return event;
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    QList<qint64> m_contributing;
    QString m_alertId;

    QString path() const { return m_dir.filePath(u"store.db"_s); }

    // The people, then alice's six SSNs, then the watchers' pass that records the budget alert.
    void makeStore(bool withAlert)
    {
        m_session.reset();
        removeStore();
        auto store = EvidenceStore::create(path(), storeKey());
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        auto users = std::make_shared<UserDirectory>(PasswordHasher(kCheapHash));
        UserService admin(**store, users);
        QVERIFY(admin.addUser({}, {u"root"_s, {}, {Role::Admin}, {}}, passwordOf(u"root"_s)));
        for (const NewUser &user : QList<NewUser>{{u"bob"_s, {}, {Role::Approver}, {}},
                                                  {u"ruth"_s, {}, {Role::RiskOfficer}, {}},
                                                  {u"dev"_s, {}, {Role::Developer}, {}},
                                                  {u"alice"_s, {}, {Role::Approver}, {}}})
            QVERIFY(admin.addUser(Credentials::withPassword(u"root"_s, passwordOf(u"root"_s)), user,
                                  passwordOf(user.name)));
        m_contributing.clear();
        if (withAlert) {
            auto fingerprinter = ValueFingerprinter::forStore(**store);
            QVERIFY(fingerprinter);
            for (int i = 0; i < 6; ++i) {
                auto seq = (*store)->append(ssnInteraction(**fingerprinter, i, i == 2));
                QVERIFY(seq);
                m_contributing.append(*seq);
            }
            WatchService service(**store, WatchSettings(), u"hash"_s);
            auto outcome = service.catchUp(QDateTime::currentDateTimeUtc());
            QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
            QCOMPARE(outcome->recorded.size(), 1);
            m_alertId = outcome->recorded.constFirst().id;
        }
        store->reset();
        auto opened = ConsoleSession::open(path(), storeKey());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        m_session = std::move(*opened);
    }

    void removeStore()
    {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(path() + suffix);
    }

    void signIn(const QString &user)
    {
        auto signedIn = m_session->signIn(user, passwordOf(user));
        QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().toString()));
    }

    static PasswordPrompt answer(std::optional<QString> password)
    {
        return [password](const QString &) { return password; };
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_session.reset(); }

    void anEmptyStoreSaysWhatWillAppear()
    {
        makeStore(false);
        signIn(u"bob"_s);
        AlertsPage page(*m_session);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<EmptyStateLabel *>(u"alerts-table-empty"_s);
        QVERIFY(empty);
        QTRY_VERIFY(empty->isShown());
        QVERIFY(empty->text().contains(u"No alerts"_s));
        QCOMPARE(page.openCount(), 0);
        QVERIFY(!page.findChild<QPushButton *>(u"alerts-dismiss"_s)->isEnabled());
    }

    void theAlertShowsWhatTheWatcherCounted()
    {
        makeStore(true);
        signIn(u"bob"_s);
        AlertsPage page(*m_session);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        AlertListModel *model = page.model();
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [&](int column) { return model->index(0, column).data().toString(); };
        QCOMPARE(cell(AlertListModel::AlertColumn), m_alertId);
        QCOMPARE(cell(AlertListModel::UserColumn), u"alice"_s);
        QCOMPARE(cell(AlertListModel::ClassColumn), u"us_ssn"_s);
        QCOMPARE(cell(AlertListModel::WatcherColumn), u"budget"_s);
        QCOMPARE(cell(AlertListModel::StatisticColumn), u"6 against 6"_s);
        QVERIFY2(cell(AlertListModel::WindowsColumn).startsWith(u"6 · 6 · 6"_s),
                 qPrintable(cell(AlertListModel::WindowsColumn)));
        QCOMPARE(cell(AlertListModel::StateColumn), u"awaiting a decision"_s);
        QVERIFY(page.selectAlert(m_alertId));
        const QString detail = page.findChild<QTextBrowser *>(u"alerts-detail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"alice"_s) && detail.contains(u"billing"_s) && detail.contains(u"hash"_s),
                 qPrintable(detail));
        auto *contributing = page.findChild<QListWidget *>(u"alerts-contributing"_s);
        QCOMPARE(contributing->count(), m_contributing.size());
        QCOMPARE(contributing->item(2)->text(),
                 u"Interaction #%1 (covered by an exception)"_s.arg(m_contributing.at(2)));
        QCOMPARE(contributing->item(0)->text(), u"Interaction #%1"_s.arg(m_contributing.at(0)));

        QVERIFY(!page.explainSelectedInteraction()); // nothing selected yet
        contributing->setCurrentRow(0);
        ExplainDialog *explain = page.explainSelectedInteraction();
        QVERIFY(explain);
        QTRY_VERIFY_WITH_TIMEOUT(explain->isReady(), 10000);
        QVERIFY2(explain->text().contains(u"alice"_s), qPrintable(explain->text()));
        explain->close();
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("verdict"); // dismiss, confirm or escalate
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("typed"); // the password typed at the prompt; empty: cancelled
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("state");  // the alert's state afterwards
        QTest::addColumn<int>("riskLevels"); // risk_level events the decision wrote
        const QString undecided = u"awaiting a decision"_s;
        QTest::newRow("approver dismisses with a reason")
            << u"bob"_s << u"dismiss"_s << u"month-end run"_s << passwordOf(u"bob"_s) << u"dismissed"_s
            << u"dismissed by bob"_s << 0;
        QTest::newRow("risk officer confirms")
            << u"ruth"_s << u"confirm"_s << QString() << passwordOf(u"ruth"_s) << u"confirmed"_s
            << u"confirmed by ruth"_s << 1;
        QTest::newRow("approver escalates")
            << u"bob"_s << u"escalate"_s << u"looks like a pattern"_s << passwordOf(u"bob"_s)
            << u"escalated to the risk officers"_s << u"escalated by bob, for a risk officer"_s << 1;
        QTest::newRow("a dismissal needs a reason")
            << u"bob"_s << u"dismiss"_s << u"  "_s << passwordOf(u"bob"_s) << u"Give a reason"_s << undecided
            << 0;
        QTest::newRow("an escalation needs a reason")
            << u"bob"_s << u"escalate"_s << QString() << passwordOf(u"bob"_s) << u"Give a reason"_s
            << undecided << 0;
        QTest::newRow("a wrong password") << u"bob"_s << u"dismiss"_s << u"fine"_s << u"not it"_s
                                          << u"wrong user name or password"_s << undecided << 0;
        QTest::newRow("the prompt cancelled")
            << u"bob"_s << u"confirm"_s << QString() << QString() << u"Cancelled"_s << undecided << 0;
        QTest::newRow("not about oneself")
            << u"alice"_s << u"dismiss"_s << u"fine"_s << passwordOf(u"alice"_s) << u"about themselves"_s
            << undecided << 0;
        QTest::newRow("not escalating about oneself")
            << u"alice"_s << u"escalate"_s << u"fine"_s << passwordOf(u"alice"_s) << u"about themselves"_s
            << undecided << 0;
    }
    void decisions()
    {
        QFETCH(QString, actor);
        QFETCH(QString, verdict);
        QFETCH(QString, reason);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QFETCH(QString, state);
        QFETCH(int, riskLevels);
        makeStore(true);
        signIn(actor);
        AlertsPage page(*m_session);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setPasswordPrompt(answer(typed.isEmpty() ? std::nullopt : std::optional<QString>(typed)));
        QSignalSpy openCount(&page, &AlertsPage::openCountChanged);
        page.reload();
        QVERIFY(page.selectAlert(m_alertId));
        // The buttons say beforehand that nobody decides an alert about themselves.
        const bool aboutMe = actor == u"alice";
        for (const QString &button : {u"alerts-dismiss"_s, u"alerts-confirm"_s, u"alerts-escalate"_s})
            QCOMPARE(page.findChild<QPushButton *>(button)->isEnabled(), !aboutMe);
        page.findChild<QLineEdit *>(u"alerts-reason"_s)->setText(reason);
        EvidenceQuery levels; // the broken budget set one already, as custos-watch
        levels.kind = EventKind::RiskLevel;
        const qsizetype levelsBefore = m_session->store()->queryAll(levels)->size();
        const bool decided = verdict == u"dismiss"   ? page.dismissSelected()
                             : verdict == u"confirm" ? page.confirmSelected()
                                                     : page.escalateSelected();
        const bool undecided = state == u"awaiting a decision" || state.startsWith(u"escalated"_s);
        QCOMPARE(decided, state != u"awaiting a decision");
        QVERIFY2(page.message().contains(message), qPrintable(page.message()));
        QCOMPARE(page.model()
                     ->index(page.model()->rowOf(m_alertId), AlertListModel::StateColumn)
                     .data()
                     .toString(),
                 state);
        // What the ledger says, read afresh.
        auto book = AlertBook::load(*m_session->store());
        QVERIFY(book);
        const AlertRecord *record = book->find(m_alertId);
        QVERIFY(record);
        QCOMPARE(record->isUndecided(), undecided);
        if (decided && !undecided) {
            QCOMPARE(record->decidedBy, actor);
            QCOMPARE(record->reason, reason.trimmed());
        }
        QCOMPARE(m_session->store()->queryAll(levels)->size() - levelsBefore, riskLevels);
        QCOMPARE(page.openCount(), undecided ? 1 : 0);
        QCOMPARE(openCount.last().at(0).toInt(), undecided ? 1 : 0);
    }

    // An escalated alert is the risk officers' to decide: the approver's buttons are off (and
    // AlertDecider refuses), the risk officer dismisses it.
    void anEscalatedAlertIsTheRiskOfficers()
    {
        makeStore(true);
        signIn(u"bob"_s);
        {
            AlertsPage page(*m_session);
            page.setPasswordPrompt(answer(passwordOf(u"bob"_s)));
            page.reload();
            QVERIFY(page.selectAlert(m_alertId));
            page.findChild<QLineEdit *>(u"alerts-reason"_s)->setText(u"needs a second look"_s);
            QVERIFY2(page.escalateSelected(), qPrintable(page.message()));
            QVERIFY(page.selectAlert(m_alertId));
            QVERIFY(!page.findChild<QPushButton *>(u"alerts-dismiss"_s)->isEnabled());
            QVERIFY(!page.findChild<QPushButton *>(u"alerts-escalate"_s)->isEnabled());
            QVERIFY(
                page.findChild<QPushButton *>(u"alerts-dismiss"_s)->toolTip().contains(u"risk officer"_s));
            page.findChild<QLineEdit *>(u"alerts-reason"_s)->setText(u"fine"_s);
            QVERIFY(!page.dismissSelected());
            QVERIFY2(page.message().contains(u"not dismissed"_s), qPrintable(page.message()));
            const QString detail = page.findChild<QTextBrowser *>(u"alerts-detail"_s)->toPlainText();
            QVERIFY2(detail.contains(u"needs a second look"_s), qPrintable(detail));
        }
        signIn(u"ruth"_s);
        AlertsPage page(*m_session);
        page.setPasswordPrompt(answer(passwordOf(u"ruth"_s)));
        page.reload();
        QCOMPARE(page.openCount(), 1);
        QVERIFY(page.selectAlert(m_alertId));
        QVERIFY(page.findChild<QPushButton *>(u"alerts-dismiss"_s)->isEnabled());
        page.findChild<QLineEdit *>(u"alerts-reason"_s)->setText(u"batch job, known"_s);
        QVERIFY2(page.dismissSelected(), qPrintable(page.message()));
        QCOMPARE(page.openCount(), 0);
        QCOMPARE(page.model()->index(0, AlertListModel::StateColumn).data().toString(),
                 u"dismissed by ruth"_s);
    }

    // New alerts reach the tray once; the Alerts section's title counts the open ones; developers
    // do not see the section.
    void theTrayAndTheBadgeCountOpenAlerts()
    {
        ConsoleLanguage english; // the English plural forms, as the console installs them
        QVERIFY(english.install(u"en"_s));
        makeStore(true);
        signIn(u"bob"_s);
        MainWindow window;
        ConsoleSections sections(window, *m_session, answer(passwordOf(u"bob"_s)));
        QSignalSpy notified(sections.tray(), &ConsoleTray::notified);
        sections.alerts()->reload(); // applyRole reloaded once already
        QCOMPARE(notified.size(), 0);
        QVERIFY2(sections.tray()->lastMessage().contains(u"1 new alert"_s),
                 qPrintable(sections.tray()->lastMessage()));
        QVERIFY2(sections.tray()->toolTip().contains(u"1 open alert"_s),
                 qPrintable(sections.tray()->toolTip()));
        auto *list = window.findChild<QListWidget *>(u"sectionList"_s);
        const int row = int(window.sectionIds().indexOf(u"alerts"_s));
        QCOMPARE(window.sectionIds().at(row - 1), u"exceptions"_s); // next to the inbox
        QCOMPARE(list->item(row)->text(), u"Alerts (1)"_s);
        QVERIFY(!list->item(row)->isHidden());

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(u"alerts"_s);
        QVERIFY(sections.alerts()->selectAlert(m_alertId));
        sections.alerts()->findChild<QListWidget *>(u"alerts-contributing"_s)->setCurrentRow(2);
        QTest::qWait(50);
        const QDir shots(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots"));
        QVERIFY(shots.mkpath(u"."_s));
        QVERIFY(window.grab().save(shots.filePath(u"alerts.png"_s)));

        sections.alerts()->findChild<QLineEdit *>(u"alerts-reason"_s)->setText(u"known batch job"_s);
        QVERIFY2(sections.alerts()->dismissSelected(), qPrintable(sections.alerts()->message()));
        QCOMPARE(list->item(row)->text(), u"Alerts"_s);
        QVERIFY2(sections.tray()->toolTip().contains(u"0 open alert"_s),
                 qPrintable(sections.tray()->toolTip()));
        QCOMPARE(notified.size(), 0); // a decision announces nothing

        signIn(u"dev"_s);
        QVERIFY(list->item(row)->isHidden());
        signIn(u"ruth"_s);
        QVERIFY(!list->item(row)->isHidden());
    }

    // The same screen in German, for a person to look at (screenshots/de/alerts.png).
    void theGermanScreen()
    {
        ConsoleLanguage language;
        auto installed = language.install(u"de"_s);
        QVERIFY2(installed, installed ? "" : qPrintable(installed.error().toString()));
        makeStore(true);
        signIn(u"bob"_s);
        MainWindow window;
        ConsoleSections sections(window, *m_session, answer(passwordOf(u"bob"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(u"alerts"_s);
        QVERIFY(sections.alerts()->selectAlert(m_alertId));
        const int row = int(window.sectionIds().indexOf(u"alerts"_s));
        QCOMPARE(window.findChild<QListWidget *>(u"sectionList"_s)->item(row)->text(), u"Alarme (1)"_s);
        QCOMPARE(
            sections.alerts()->model()->headerData(AlertListModel::UserColumn, Qt::Horizontal).toString(),
            u"Benutzer"_s);
        QTest::qWait(50);
        const QDir shots(QStringLiteral(CUSTOS_BIN_DIR "/../screenshots/de"));
        QVERIFY(shots.mkpath(u"."_s));
        QVERIFY(window.grab().save(shots.filePath(u"alerts.png"_s)));
    }
};

} // namespace tst_alerts_page

CUSTOS_TEST_MAIN(tst_alerts_page::TestAlertsPage)
#include "tst_alerts_page.moc"
