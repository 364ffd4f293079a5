// RiskSurfaceBuilder on rows of several days: the ledger stamps events with the time they are
// recorded, so a store cannot hold last week's traffic; the builder's day buckets, the period's
// edges and the fallback for erased payloads are checked on constructed rows here.
#include "core/policy/InteractionPayload.h"
#include "core/surface/RiskSurfaceBuilder.h"
#include "tests/support/CustosTest.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 10);

qint64 at(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

FactRow emailRow(qint64 timeMs, const QString &user, const QString &fingerprint)
{
    InteractionPayload payload;
    payload.user = user;
    payload.hasRequest = true;
    payload.requestReceived = QJsonObject{{u"model"_s, u"gpt-4o"_s}};
    payload.requestForwarded = payload.requestReceived;
    InteractionDecision decision;
    decision.action = Action::Monitor;
    decision.hits = {
        InteractionHit{u"email"_s, u"PII"_s, u"$.messages[0].content"_s, 0, 5, 0.95, fingerprint}};
    payload.decisions = {decision};
    FactRow row;
    row.timeMs = timeMs;
    row.user = user;
    row.service = u"billing"_s;
    row.decision = u"monitor"_s;
    row.model = u"gpt-4o"_s;
    row.route = u"upstream"_s;
    row.dataClasses = {u"PII"_s};
    row.payload = QJsonDocument(payload.toJson()).toJson(QJsonDocument::Compact);
    return row;
}

} // namespace

class tst_surface_builder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysAreBucketedByUtcDay_data()
    {
        QTest::addColumn<int>("periodDays");
        QTest::addColumn<QList<qint64>>("perDay"); // interactions, oldest day first
        QTest::addColumn<qint64>("distinct");
        // Rows: two on the day before yesterday (one value twice), one late yesterday, two today,
        // one eight days ago.
        QTest::newRow("7 days") << 7 << QList<qint64>{0, 0, 0, 0, 2, 1, 2} << qint64(3);
        QTest::newRow("3 days") << 3 << QList<qint64>{2, 1, 2} << qint64(3);
        QTest::newRow("1 day") << 1 << QList<qint64>{2} << qint64(2);
        QTest::newRow("9 days") << 9 << QList<qint64>{1, 0, 0, 0, 0, 0, 2, 1, 2} << qint64(4);
    }
    void daysAreBucketedByUtcDay()
    {
        QFETCH(int, periodDays);
        QFETCH(QList<qint64>, perDay);
        QFETCH(qint64, distinct);
        RiskSurfaceBuilder builder(*SurfacePeriod::lastDays(periodDays, kToday), {},
                                   {{u"upstream"_s, u"openai"_s}});
        builder.addInteraction(emailRow(at(kToday.addDays(-8), 12), u"alice"_s, u"f0"_s));
        builder.addInteraction(emailRow(at(kToday.addDays(-2), 0), u"alice"_s, u"f1"_s));
        builder.addInteraction(emailRow(at(kToday.addDays(-2), 9), u"alice"_s, u"f1"_s));
        builder.addInteraction(emailRow(at(kToday.addDays(-1), 23), u"bob"_s, u"f2"_s));
        builder.addInteraction(emailRow(at(kToday, 0), u"bob"_s, u"f3"_s));
        builder.addInteraction(emailRow(at(kToday, 23), u"alice"_s, u"f1"_s));
        builder.addInteraction(emailRow(at(kToday.addDays(1), 0), u"alice"_s, u"f9"_s)); // tomorrow: out
        const RiskSurface surface = builder.finish(10, nullptr);
        QCOMPARE(surface.days.size(), periodDays);
        QCOMPARE(surface.days.constLast().day, kToday);
        QList<qint64> counted;
        qint64 hits = 0;
        for (const SurfaceDay &day : surface.days) {
            counted.append(day.interactions);
            QCOMPARE(day.hitsByClass.value(u"PII"_s), day.interactions); // one e-mail each
            hits += day.hitsByClass.value(u"PII"_s);
        }
        QCOMPARE(counted, perDay);
        QCOMPARE(surface.classes.constFirst().hits, hits);
        QCOMPARE(surface.valueClasses.constFirst().distinctValues, distinct);
        QCOMPARE(surface.recipients.constFirst().provider, u"openai"_s);
    }

    // A payload retention erased still counts from the facts: one hit per class, no values.
    void erasedPayloadsCountFromFacts()
    {
        RiskSurfaceBuilder builder(*SurfacePeriod::lastDays(1, kToday), {}, {});
        FactRow row = emailRow(at(kToday, 8), u"alice"_s, u"f1"_s);
        row.payload.clear();
        row.tombstoned = true;
        row.dataClasses = {u"PII"_s, u"PCI"_s};
        builder.addInteraction(row);
        const RiskSurface surface = builder.finish(10, nullptr);
        QCOMPARE(surface.classes.size(), 2);
        QCOMPARE(surface.classes[0].hits, 1);
        QCOMPARE(surface.classes[1].hits, 1);
        QVERIFY(surface.valueClasses.isEmpty());
        QVERIFY(surface.topUsers.isEmpty()); // no values known, so no ranking
        QCOMPARE(surface.recipients.size(), 2);
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_surface_builder)
#include "tst_surface_builder.moc"
