// RiskSurfaceQuery over a real SQLCipher store filled through the gateway's recording path
// (SurfaceTraffic): every figure against the traffic as scripted and against an independent
// recount of the ledger's interaction payloads; periods; pseudonyms; runs on pool threads.
#include "SurfaceTraffic.h"

#include "core/policy/InteractionPayload.h"
#include "core/surface/RiskSurfaceQuery.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchService.h"
#include "tests/support/CustosTest.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtConcurrent>

using namespace custos;
using namespace Qt::StringLiterals;

// What the ledger's payloads say, counted here without the surface's code: every interaction
// event read through the paginated query API.
struct Recount
{
    qint64 interactions = 0;
    QMap<QString, qint64> hits;          // data class
    QMap<QString, QSet<QString>> values; // value class -> fingerprints
    QMap<QString, qint64> decisions;
};

namespace {

Recount recount(const EvidenceStore &store)
{
    Recount counted;
    EvidenceQuery query;
    query.kind = EventKind::Interaction;
    const auto events = store.queryAll(query);
    if (!events)
        return counted;
    for (const EvidenceEvent &event : *events) {
        ++counted.interactions;
        ++counted.decisions[event.decision];
        const auto payload = InteractionPayload::fromJson(event.payload);
        for (const InteractionDecision &decision : payload->decisions) {
            for (const InteractionHit &hit : decision.hits) {
                ++counted.hits[hit.dataClass];
                if (!decision.isResponse() && !hit.fingerprint.isEmpty())
                    counted.values[ValueFingerprinter::valueClassOf(hit.detector, hit.dataClass)].insert(
                        hit.fingerprint);
            }
        }
    }
    return counted;
}

const SurfaceSender *senderNamed(const QList<SurfaceSender> &senders, const QString &name)
{
    for (const SurfaceSender &sender : senders)
        if (sender.name == name)
            return &sender;
    return nullptr;
}

qint64 recipientCount(const RiskSurface &surface, const QString &provider, const QString &model,
                      const QString &dataClass, bool redacted)
{
    for (const SurfaceRecipient &recipient : surface.recipients)
        if (recipient.provider == provider && recipient.model == model && recipient.dataClass == dataClass)
            return redacted ? recipient.redacted : recipient.interactions;
    return 0;
}

qint64 classHits(const RiskSurface &surface, const QString &dataClass)
{
    for (const SurfaceClass &figure : surface.classes)
        if (figure.dataClass == dataClass)
            return figure.hits;
    return 0;
}

qint64 distinctValues(const RiskSurface &surface, const QString &valueClass)
{
    for (const SurfaceValueClass &figure : surface.valueClasses)
        if (figure.valueClass == valueClass)
            return figure.distinctValues;
    return 0;
}

qint64 wouldHave(const RiskSurface &surface, const QString &rule, const QString &action)
{
    for (const SurfaceWouldHave &entry : surface.wouldHave)
        if (entry.rule == rule && entry.action == action)
            return entry.interactions;
    return 0;
}

} // namespace

class tst_surface_query : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SurfaceTraffic m_traffic;
    RiskSurface m_surface;
    Recount m_recount;

    RiskSurface run(const RiskSurfaceOptions &options)
    {
        auto surface = RiskSurfaceQuery(m_traffic.store()).run(options);
        if (!surface)
            qWarning() << surface.error().toString();
        return surface ? *surface : RiskSurface{};
    }

    static RiskSurfaceOptions lastDays(int days, bool pseudonymise = false)
    {
        return {*SurfacePeriod::lastDays(days), pseudonymise, 10};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = m_traffic.create(m_dir.filePath(u"surface.db"_s));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        auto exception = m_traffic.recordExceptionFunnel();
        QVERIFY2(exception, exception ? "" : qPrintable(exception.error().toString()));
        auto sample = m_traffic.recordSampleDay();
        QVERIFY2(sample, sample ? "" : qPrintable(sample.error().toString()));
        // Two more secrets from carol, the second under the approved exception: three distinct
        // secrets in a day break the secrets budget, and the watcher raises an alert.
        QVERIFY(m_traffic.record({u"carol"_s, u"support"_s, u"gpt-4o"_s, u"key AKIAZXCVBNMLKJHGFDSA"_s, {}}));
        QVERIFY(m_traffic.record(
            {u"carol"_s, u"support"_s, u"gpt-4o"_s, u"key AKIAPOIUYTREWQLKJHGF"_s, {*exception}}));
        auto watch = WatchService::forActivePolicy(m_traffic.store());
        QVERIFY(watch);
        QVERIFY((*watch)->catchUp(QDateTime::currentDateTimeUtc()));
        m_surface = run(lastDays(30));
        m_recount = recount(m_traffic.store());
    }

    // The traffic as SurfaceTraffic::recordSampleDay and initTestCase script it.
    void figuresMatchTheScript_data()
    {
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<qint64>("expected");
        const RiskSurface &s = m_surface;
        QTest::newRow("interactions") << s.interactions << qint64(9);
        QTest::newRow("interactions today") << s.days.constLast().interactions << qint64(9);
        QTest::newRow("days before today are empty") << s.days.constFirst().interactions << qint64(0);
        QTest::newRow("distinct e-mail addresses") << distinctValues(s, u"email"_s) << qint64(2);
        QTest::newRow("distinct cards") << distinctValues(s, u"credit_card"_s) << qint64(3);
        QTest::newRow("distinct secrets") << distinctValues(s, u"secret"_s) << qint64(3);
        QTest::newRow("secret hits") << classHits(s, u"SECRET"_s) << qint64(3);
        QTest::newRow("decisions: block") << s.decisions.value(u"block"_s) << qint64(2);
        QTest::newRow("decisions: redact") << s.decisions.value(u"redact"_s) << qint64(1);
        QTest::newRow("decisions: monitor") << s.decisions.value(u"monitor"_s) << qint64(6);
        QTest::newRow("would-have: the monitor-mode card rule")
            << wouldHave(s, u"would-block-cards"_s, u"block"_s) << qint64(2);
        QTest::newRow("would-have: enforced rules are not would-haves")
            << wouldHave(s, u"block-secrets"_s, u"block"_s) << qint64(0);
        QTest::newRow("would have blocked") << s.wouldHaveBlocked << qint64(2);
        QTest::newRow("top user: bob (3 cards)")
            << senderNamed(s.topUsers, u"bob"_s)->distinctValues << qint64(3);
        QTest::newRow("top user: carol (3 secrets)")
            << senderNamed(s.topUsers, u"carol"_s)->distinctValues << qint64(3);
        QTest::newRow("top user: alice (2 e-mails)")
            << senderNamed(s.topUsers, u"alice"_s)->distinctValues << qint64(2);
        QTest::newRow("top users ranked, ties by name")
            << qint64(s.topUsers.size() == 3 && s.topUsers[0].name == u"bob"_s &&
                      s.topUsers[1].name == u"carol"_s)
            << qint64(1);
        QTest::newRow("top service: support")
            << senderNamed(s.topServices, u"support"_s)->distinctValues << qint64(6);
        QTest::newRow("top service: billing")
            << senderNamed(s.topServices, u"billing"_s)->distinctValues << qint64(2);
        QTest::newRow("openai gpt-4o received PII")
            << recipientCount(s, u"openai"_s, u"gpt-4o"_s, u"PII"_s, false) << qint64(1);
        QTest::newRow("anthropic claude received PII")
            << recipientCount(s, u"anthropic"_s, u"claude-sonnet-4-5"_s, u"PII"_s, false) << qint64(1);
        QTest::newRow("anthropic claude: PII redacted")
            << recipientCount(s, u"anthropic"_s, u"claude-sonnet-4-5"_s, u"PII"_s, true) << qint64(1);
        QTest::newRow("openai gpt-4o received PCI")
            << recipientCount(s, u"openai"_s, u"gpt-4o"_s, u"PCI"_s, false) << qint64(2);
        QTest::newRow("openai gpt-4o received SECRET only under the exception")
            << recipientCount(s, u"openai"_s, u"gpt-4o"_s, u"SECRET"_s, false) << qint64(1);
        QTest::newRow("exceptions requested") << s.exceptions.requested << qint64(4);
        QTest::newRow("exceptions approved") << s.exceptions.approved << qint64(2);
        QTest::newRow("exceptions rejected") << s.exceptions.rejected << qint64(1);
        QTest::newRow("exceptions pending") << s.exceptions.pending << qint64(1);
        QTest::newRow("exceptions used") << s.exceptions.used << qint64(1);
        QTest::newRow("interactions under an exception")
            << s.exceptions.interactionsUnderException << qint64(1);
        QTest::newRow("open alerts") << qint64(s.openAlerts.size()) << qint64(1);
        QTest::newRow("the alert is carol's secrets")
            << qint64(!s.openAlerts.isEmpty() && s.openAlerts[0].user == u"carol"_s &&
                      s.openAlerts[0].valueClass == u"secret"_s)
            << qint64(1);
    }
    void figuresMatchTheScript()
    {
        QFETCH(qint64, actual);
        QFETCH(qint64, expected);
        QCOMPARE(actual, expected);
    }

    // Each figure against the ledger's payloads, recounted through the query API.
    void figuresMatchARecount_data()
    {
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("interactions") << m_surface.interactions << m_recount.interactions;
        for (auto it = m_recount.hits.cbegin(); it != m_recount.hits.cend(); ++it)
            QTest::addRow("hits of %s", qPrintable(it.key())) << classHits(m_surface, it.key()) << *it;
        for (auto it = m_recount.values.cbegin(); it != m_recount.values.cend(); ++it)
            QTest::addRow("distinct %s", qPrintable(it.key()))
                << distinctValues(m_surface, it.key()) << qint64(it->size());
        for (auto it = m_recount.decisions.cbegin(); it != m_recount.decisions.cend(); ++it)
            QTest::addRow("decision %s", qPrintable(it.key())) << m_surface.decisions.value(it.key()) << *it;
        QTest::newRow("classes charted") << qint64(m_surface.classes.size()) << qint64(m_recount.hits.size());
    }
    void figuresMatchARecount()
    {
        QFETCH(qint64, actual);
        QFETCH(qint64, expected);
        QCOMPARE(actual, expected);
    }

    void hitsPerThousand()
    {
        for (const SurfaceClass &figure : std::as_const(m_surface.classes))
            QCOMPARE(figure.hitsPerThousand, 1000.0 * double(figure.hits) / double(m_recount.interactions));
    }

    void periods_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("interactions");
        QTest::addColumn<qint64>("requested");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto period = [](int days, QDate end) { return *SurfacePeriod::lastDays(days, end); };
        for (int days : {7, 30, 90}) {
            const SurfacePeriod p = period(days, today);
            QTest::addRow("last %d days", days) << p.from() << p.to() << days << qint64(9) << qint64(4);
            const SurfacePeriod before = period(days, today.addDays(-1));
            QTest::addRow("%d days ending yesterday", days)
                << before.from() << before.to() << days << qint64(0) << qint64(0);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("the last hour and the next")
            << now.addSecs(-3600) << now.addSecs(3600)
            << int(now.addSecs(-3600).date().daysTo(now.addSecs(3600).date())) + 1 << qint64(9) << qint64(4);
        QTest::newRow("from an hour on")
            << now.addSecs(3600) << now.addSecs(7200)
            << int(now.addSecs(3600).date().daysTo(now.addSecs(7200).date())) + 1 << qint64(0) << qint64(0);
    }
    void periods()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(int, days);
        QFETCH(qint64, interactions);
        QFETCH(qint64, requested);
        const auto period = SurfacePeriod::between(from, to);
        QVERIFY(period);
        const RiskSurface surface = run({*period, false, 10});
        QCOMPARE(surface.days.size(), days);
        QCOMPARE(surface.interactions, interactions);
        QCOMPARE(surface.exceptions.requested, requested);
        QCOMPARE(surface.hasTraffic(), interactions > 0);
        qint64 perDay = 0;
        for (const SurfaceDay &day : surface.days)
            perDay += day.interactions;
        QCOMPARE(perDay, interactions);
        QCOMPARE(surface.openAlerts.size(), 1); // open now, whatever the period
    }

    void badPeriods_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QString>("error");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("ends before it starts") << now << now.addSecs(-1) << u"must end after it starts"_s;
        QTest::newRow("empty") << now << now << u"must end after it starts"_s;
        QTest::newRow("too long") << now.addDays(-400) << now << u"at most 366 days"_s;
        QTest::newRow("no start") << QDateTime() << now << u"valid start and end"_s;
    }
    void badPeriods()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QString, error);
        const auto period = SurfacePeriod::between(from, to);
        QVERIFY(!period);
        QVERIFY2(period.error().message.contains(error), qPrintable(period.error().message));
        QVERIFY(!SurfacePeriod::lastDays(0));
        QVERIFY(!SurfacePeriod::lastDays(367));
    }

    void pseudonymsAreStableAndNotTheNames()
    {
        const RiskSurface first = run(lastDays(30, true));
        const RiskSurface again = run(lastDays(7, true));
        QVERIFY(first.pseudonymised);
        QCOMPARE(first.topUsers.size(), 3);
        QSet<QString> pseudonyms;
        for (int i = 0; i < first.topUsers.size(); ++i) {
            const QString &name = first.topUsers[i].name;
            QVERIFY2(name.startsWith(u"user-"_s) && name.size() == 15, qPrintable(name));
            for (const QString &real : {u"alice"_s, u"bob"_s, u"carol"_s})
                QVERIFY(!name.contains(real));
            QCOMPARE(again.topUsers[i].name, name);                                           // stable
            QCOMPARE(first.topUsers[i].distinctValues, m_surface.topUsers[i].distinctValues); // same order
            pseudonyms.insert(name);
        }
        QCOMPARE(pseudonyms.size(), 3); // distinct users, distinct pseudonyms
        for (const SurfaceSender &service : first.topServices)
            QVERIFY2(service.name.startsWith(u"service-"_s), qPrintable(service.name));
        // The alert names carol by the same pseudonym as the ranking.
        QCOMPARE(first.openAlerts.constFirst().user, first.topUsers[1].name);
        QVERIFY(!QJsonDocument(first.toJson()).toJson().contains("carol"));
    }

    void anotherStoreGivesOtherPseudonyms()
    {
        QTemporaryDir dir;
        SurfaceTraffic other;
        QVERIFY(other.create(dir.filePath(u"other.db"_s)));
        QVERIFY(other.record({u"bob"_s, u"support"_s, u"gpt-4o"_s, u"card 4111 1111 1111 1111"_s, {}}));
        auto surface = RiskSurfaceQuery(other.store()).run(lastDays(7, true));
        QVERIFY(surface);
        QCOMPARE(surface->topUsers.size(), 1);
        const RiskSurface here = run(lastDays(7, true));
        QVERIFY(surface->topUsers[0].name != here.topUsers[0].name); // bob, under another store's key
    }

    // Two pool threads at once, each with its own connection, give the surface of the UI thread.
    void runsOnPoolThreads()
    {
        const QByteArray expected = QJsonDocument(m_surface.toJson()).toJson();
        const auto runOff = [this] {
            return QJsonDocument(RiskSurfaceQuery(m_traffic.store()).run(lastDays(30))->toJson()).toJson();
        };
        QFuture<QByteArray> a = QtConcurrent::run(runOff);
        QFuture<QByteArray> b = QtConcurrent::run(runOff);
        QCOMPARE(a.result(), expected);
        QCOMPARE(b.result(), expected);
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_surface_query)
#include "tst_surface_query.moc"
