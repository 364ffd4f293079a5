#include "tests/support/CustosTest.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/KeySource.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "core/publishing/DraftReplay.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace tst_draft_replay {

using namespace custos;
using namespace Qt::StringLiterals;

// Replaying a draft against the real ledger: which recorded decisions it would change, and which
// interactions it cannot judge. Events carry the payload shape the gateway's InteractionRecord writes.
class TestDraftReplay : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::shared_ptr<EvidenceStore> store;
    std::shared_ptr<const PolicyEngine> starter;

    static QJsonObject chatRequest(const QString &prompt)
    {
        return QJsonObject{
            {u"model"_s, u"gpt-4o"_s},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, prompt}}}}};
    }

    static QJsonObject chatResponse(const QString &text)
    {
        return QJsonObject{
            {u"choices"_s, QJsonArray{QJsonObject{{u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                             {u"content"_s, text}}}}}}};
    }

    qint64 record(const QDateTime &time, const QString &decision, const QJsonObject &request,
                  const QJsonValue &response, bool stream = false, const QJsonArray &decisions = {})
    {
        EvidenceEvent event;
        event.kind = EventKind::Interaction;
        event.time = time;
        event.service = u"support-bot"_s;
        event.user = u"dev"_s;
        event.model = u"gpt-4o"_s;
        event.route = u"upstream"_s;
        event.decision = decision;
        event.rules = {u"monitor-requests"_s};
        event.payload =
            QJsonObject{{u"api"_s, u"openai_chat"_s},
                        {u"stream"_s, stream},
                        {u"request"_s, QJsonObject{{u"received"_s, request}, {u"forwarded"_s, request}}},
                        {u"response"_s, QJsonObject{{u"received"_s, response}, {u"returned"_s, response}}},
                        {u"decisions"_s, decisions}};
        auto seq = store->append(event);
        if (!seq)
            qFatal("append failed: %s", qPrintable(seq.error().toString()));
        return *seq;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        auto created =
            EvidenceStore::create(dir.filePath(u"store.db"_s), KeySource::rawKey(QByteArray(32, 'r')));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        store = std::move(*created);
        auto policy = Policy::fromFile(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
        QVERIFY(policy.has_value());
        auto engine = PolicyEngine::compile(*policy);
        QVERIFY(engine.has_value());
        starter = *engine;
    }

    void findsTheDecisionsADraftWouldChange()
    {
        // The ledger stamps events itself; the window starts after the first one.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        record(now, u"monitor"_s, chatRequest(u"AKIAQ3EGRPNW5KFZJ7TX is old"_s), chatResponse(u"ok"_s));
        QTest::qWait(20);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const qint64 leaked =
            record(now, u"monitor"_s,
                   chatRequest(u"deploy with AKIAQ3EGRPNW5KFZJ7TX and wJalrXUtnFEMI/K7MDENG/"
                               "bPxRfiCYEXAMPLEKEY please"_s),
                   chatResponse(u"done"_s));
        record(now, u"monitor"_s, chatRequest(u"What is the capital of France?"_s), chatResponse(u"Paris"_s));
        const qint64 answeredWithKey = record(now, u"monitor"_s, chatRequest(u"Show me the config"_s),
                                              chatResponse(u"password=\"hunter2-Very-Secret-9\" and "
                                                           "AKIAQ3EGRPNW5KFZJ7TX"_s));
        const QJsonArray streamDecisions{QJsonObject{{u"direction"_s, u"response_stream"_s},
                                                     {u"action"_s, u"redact"_s},
                                                     {u"rules"_s, QJsonArray{u"r"_s}}}};
        record(now, u"redact"_s, chatRequest(u"Stream me a story"_s), QJsonValue(u"data: ..."_s), true,
               streamDecisions);

        DraftReplay replay(*store, starter, start);
        int steps = 0;
        for (;;) {
            auto more = replay.step(1);
            QVERIFY2(more, more ? "" : qPrintable(more.error().toString()));
            ++steps;
            if (!*more)
                break;
        }
        QCOMPARE(replay.examined(), 4); // the old one is outside the window
        QVERIFY(steps >= 4);
        QCOMPARE(replay.skipped(), 0);
        QCOMPARE(replay.changes().size(), std::size_t(2));
        const ReplayChange &first = replay.changes().at(0);
        QCOMPARE(first.seq, leaked);
        QCOMPARE(first.recordedDecision, u"monitor"_s);
        QCOMPARE(first.draftDecision, u"block"_s);
        QVERIFY(first.draftRules.contains(u"block-secrets"_s));
        const ReplayChange &second = replay.changes().at(1);
        QCOMPARE(second.seq, answeredWithKey);
        QCOMPARE(second.draftDecision, u"redact"_s);
        QVERIFY(second.draftRules.contains(u"redact-secrets-in-responses"_s));
    }

    void rulesAnExceptionCoveredStayExempt()
    {
        QTest::qWait(20);
        const QDateTime since = QDateTime::currentDateTimeUtc();
        EvidenceEvent event;
        event.kind = EventKind::Interaction;
        event.decision = u"monitor"_s;
        event.exceptionId = u"exc-1"_s;
        event.payload =
            QJsonObject{{u"api"_s, u"openai_chat"_s},
                        {u"excepted_rules"_s, u"block-secrets"_s},
                        {u"request"_s,
                         QJsonObject{{u"received"_s, chatRequest(u"rotate AKIAQ3EGRPNW5KFZJ7TX today"_s)}}}};
        QVERIFY(store->append(event));
        event.payload.remove(u"excepted_rules"_s);
        const auto withoutExemption = store->append(event);
        QVERIFY(withoutExemption);
        DraftReplay replay(*store, starter, since);
        for (auto more = replay.step(); more.value_or(false); more = replay.step()) {
        }
        QCOMPARE(replay.examined(), 2);
        QCOMPARE(replay.changes().size(), std::size_t(1)); // only the one without the exemption
        QCOMPARE(replay.changes().front().seq, *withoutExemption);
    }

    void interactionsWithoutARequestAreSkipped()
    {
        QTest::qWait(20);
        const QDateTime later = QDateTime::currentDateTimeUtc();
        EvidenceEvent event;
        event.kind = EventKind::Interaction;
        event.time = later;
        event.decision = u"block"_s;
        event.payload =
            QJsonObject{{u"api"_s, u"openai_chat"_s}, {u"outcome"_s, QJsonObject{{u"status"_s, 400}}}};
        QVERIFY(store->append(event));
        DraftReplay replay(*store, starter, later);
        while (true) {
            auto more = replay.step();
            QVERIFY(more);
            if (!*more)
                break;
        }
        QCOMPARE(replay.examined(), 1);
        QCOMPARE(replay.skipped(), 1);
        QVERIFY(replay.changes().empty());
    }
};

} // namespace tst_draft_replay

CUSTOS_GUILESS_TEST_MAIN(tst_draft_replay::TestDraftReplay)
#include "tst_draft_replay.moc"
