#include "tests/support/CustosTest.h"

#include "core/exceptions/ExceptionBook.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <QFuture>
#include <QThreadPool>

namespace tst_exception_book {

using namespace custos;

namespace {

// The policy as the exception path sees it: one rule named by a person, one by a group,
// one that demands single use and one with no approvers.
std::optional<ExceptionRulePolicy> rulePolicy(const QString &rule)
{
    if (rule == u"block-secrets")
        return ExceptionRulePolicy{{QStringLiteral("alice")}, 4, 24, false, {}};
    if (rule == u"pii-to-third-party")
        return ExceptionRulePolicy{{QStringLiteral("group:privacy")}, 2, 8, false, {}};
    if (rule == u"one-shot")
        return ExceptionRulePolicy{{QStringLiteral("alice")}, 1, 1, true, {}};
    if (rule == u"no-approvers")
        return ExceptionRulePolicy{{}, 1, 1, false, {}};
    return std::nullopt;
}

QStringList groupsOf(const QString &user)
{
    return user == u"carol" ? QStringList{QStringLiteral("privacy")} : QStringList{};
}

const QDateTime t0 = QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::UTC);

ExceptionSubject subject(const QString &rule = QStringLiteral("block-secrets"),
                         const QString &user = QStringLiteral("dev"))
{
    return {rule,
            user,
            QStringLiteral("chatbot"),
            QStringLiteral("gpt-4o"),
            QStringLiteral("openai"),
            {QStringLiteral("SECRET")},
            {QStringLiteral("aws_access_key")},
            {}};
}

} // namespace

class TestExceptionBook : public QObject
{
    Q_OBJECT
    std::unique_ptr<ExceptionBook> book;
    QList<QJsonObject> ledger; // what a real ledger would hold, for the replay test

    void record(const Result<ExceptionEvent> &event)
    {
        QVERIFY2(event, event ? "" : qPrintable(event.error().message));
        ledger.append(event->payload);
        QVERIFY(book->apply(event->payload));
    }

    QString requestFor(const QString &rule, const QString &requester = QStringLiteral("dev"),
                       qint64 seconds = 3600)
    {
        NewExceptionRequest request{
            requester, {}, QStringLiteral("customer migration needs the key"), seconds, {}};
        request.scope.rules = {rule};
        request.scope.users = {requester};
        const auto event = book->request(request, t0);
        if (!event)
            return {};
        ledger.append(event->payload);
        [[maybe_unused]] const auto applied = book->apply(event->payload);
        return event->payload.value(u"exception_id").toString();
    }

private Q_SLOTS:
    void init()
    {
        book = std::make_unique<ExceptionBook>(rulePolicy, groupsOf);
        ledger.clear();
    }

    void invalidRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown rule")
            << "nope" << "a good long reason" << qint64(60) << "not in the enforced policy";
        QTest::newRow("no approvers")
            << "no-approvers" << "a good long reason" << qint64(60) << "names no approvers";
        QTest::newRow("short reason") << "block-secrets" << "because" << qint64(60) << "justification";
        QTest::newRow("too long") << "block-secrets" << "a good long reason" << qint64(25 * 3600)
                                  << "maximum";
    }
    void invalidRequestsAreRefused()
    {
        QFETCH(QString, rule);
        QFETCH(QString, justification);
        QFETCH(qint64, seconds);
        QFETCH(QString, message);
        NewExceptionRequest request{QStringLiteral("dev"), {}, justification, seconds, {}};
        request.scope.rules = {rule};
        const auto event = book->request(request, t0);
        QVERIFY(!event);
        QVERIFY2(event.error().message.contains(message), qPrintable(event.error().message));
    }

    void fourEyesAndNamedApprovers()
    {
        const QString id = requestFor(QStringLiteral("block-secrets"), QStringLiteral("alice"));
        QVERIFY(!id.isEmpty());
        const auto own = book->approve(id, QStringLiteral("alice"), {}, t0);
        QVERIFY(!own);
        QVERIFY(own.error().message.contains(u"four-eyes"));
        const auto stranger = book->approve(id, QStringLiteral("mallory"), {}, t0);
        QVERIFY(!stranger);
        QVERIFY(stranger.error().message.contains(u"not a named approver"));
        QCOMPARE(book->find(id)->status, ExceptionStatus::Pending);
    }

    void groupApproverMayDecide()
    {
        const QString id = requestFor(QStringLiteral("pii-to-third-party"));
        QVERIFY(!book->approve(id, QStringLiteral("alice"), {}, t0));
        QCOMPARE(book->pendingFor(QStringLiteral("carol")).size(), 1);
        QCOMPARE(book->pendingFor(QStringLiteral("alice")).size(), 0);
        record(book->approve(id, QStringLiteral("carol"), {}, t0));
        QCOMPARE(book->find(id)->status, ExceptionStatus::Approved);
    }

    void approvedExceptionCoversUntilExpiry()
    {
        const QString id = requestFor(QStringLiteral("block-secrets"));
        QVERIFY(!book->claim(subject(), t0));
        record(book->approve(id, QStringLiteral("alice"), {}, t0));
        const auto claim = book->claim(subject(), t0.addSecs(10));
        QVERIFY(claim);
        QCOMPARE(claim->record.id, id);
        QCOMPARE(claim->usedEvent.payload.value(u"event").toString(), QStringLiteral("used"));
        QVERIFY2(
            !book->claim(subject(QStringLiteral("block-secrets"), QStringLiteral("other")), t0.addSecs(10)),
            "the scope names one user");
        QVERIFY2(!book->claim(subject(), t0.addSecs(3600)), "expired at the next request");
        const auto expiries = book->expireDue(t0.addSecs(3600));
        QCOMPARE(expiries.size(), 1);
        record(expiries.first());
        QCOMPARE(book->find(id)->status, ExceptionStatus::Expired);
    }

    void approverMayNarrowButNotWiden()
    {
        const QString id = requestFor(QStringLiteral("block-secrets"));
        ExceptionScope wider;
        wider.rules = {QStringLiteral("block-secrets")};
        QVERIFY(!book->approve(id, QStringLiteral("alice"), {wider, {}, false}, t0));
        QVERIFY(!book->approve(id, QStringLiteral("alice"), {{}, qint64(7200), false}, t0));
        ExceptionScope narrower = book->find(id)->requestedScope;
        narrower.models = {QStringLiteral("gpt-4o-mini")};
        record(book->approve(id, QStringLiteral("alice"), {narrower, qint64(600), false}, t0));
        QVERIFY(!book->claim(subject(), t0.addSecs(1)));
        QCOMPARE(book->find(id)->expiresAt, t0.addSecs(600));
    }

    void rejectionAndRevocation()
    {
        const QString rejected = requestFor(QStringLiteral("block-secrets"));
        QVERIFY(!book->reject(rejected, QStringLiteral("alice"), QString(), t0));
        record(book->reject(rejected, QStringLiteral("alice"), QStringLiteral("use a test key"), t0));
        QCOMPARE(book->find(rejected)->status, ExceptionStatus::Rejected);
        QVERIFY(!book->approve(rejected, QStringLiteral("alice"), {}, t0));

        const QString revoked = requestFor(QStringLiteral("block-secrets"));
        record(book->approve(revoked, QStringLiteral("alice"), {}, t0));
        record(book->revoke(revoked, QStringLiteral("alice"), QStringLiteral("incident"), t0.addSecs(5)));
        QVERIFY(!book->claim(subject(), t0.addSecs(6)));
    }

    void singleUseIsUsedOnceEvenUnderConcurrency()
    {
        const QString id = requestFor(QStringLiteral("one-shot"));
        record(book->approve(id, QStringLiteral("alice"), {}, t0));
        QCOMPARE(book->find(id)->singleUse, true);
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        QList<QFuture<bool>> attempts;
        for (int i = 0; i < 32; ++i)
            attempts << QtConcurrent::run(&pool, [&] {
                return book->claim(subject(QStringLiteral("one-shot")), t0.addSecs(1)).has_value();
            });
        int granted = 0;
        for (auto &attempt : attempts)
            granted += attempt.result() ? 1 : 0;
        QCOMPARE(granted, 1);
    }

    void replayRebuildsTheSameState()
    {
        const QString approved = requestFor(QStringLiteral("block-secrets"));
        record(book->approve(approved, QStringLiteral("alice"), {}, t0));
        const auto claim = book->claim(subject(), t0.addSecs(2));
        QVERIFY(claim);
        ledger.append(claim->usedEvent.payload);
        const QString pending = requestFor(QStringLiteral("pii-to-third-party"));

        ExceptionBook replayed(rulePolicy, groupsOf);
        for (const QJsonObject &payload : std::as_const(ledger))
            QVERIFY(replayed.apply(payload));
        QCOMPARE(replayed.find(approved)->toJson(), book->find(approved)->toJson());
        QCOMPARE(replayed.find(pending)->toJson(), book->find(pending)->toJson());
        QCOMPARE(replayed.find(approved)->useCount, 1);
    }

    void unknownEventsAreErrors()
    {
        QVERIFY(!book->apply(QJsonObject{{QStringLiteral("event"), QStringLiteral("approved")},
                                         {QStringLiteral("exception_id"), QStringLiteral("EXC-missing")}}));
    }
};

} // namespace tst_exception_book

CUSTOS_GUILESS_TEST_MAIN(tst_exception_book::TestExceptionBook)
#include "tst_exception_book.moc"
