// Every built-in detector: at least one positive and one near-miss negative from
// data/pack_cases.jsonl, scanned with the whole pack compiled together.

#include "tests/support/CustosTest.h"

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/DetectorSet.h"
#include "tests/detectors/DetectorTestData.h"

#include <QSet>
#include <QTest>

namespace tst_detector_pack {

using namespace custos;

class TestDetectorPack : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const DetectorSet> m_set;
    QList<QJsonObject> m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        auto compiled = DetectorSet::compile(BuiltinDetectors::all());
        QVERIFY2(compiled.has_value(), qPrintable(compiled ? QString() : compiled.error().toString()));
        m_set = *compiled;
        m_cases = testdata::readJsonLinesFile(QStringLiteral(DETECTOR_TEST_DATA "/pack_cases.jsonl"));
        QVERIFY(!m_cases.isEmpty());
    }

    void packShape()
    {
        const auto &all = BuiltinDetectors::all();
        QVERIFY2(all.size() >= 40, qPrintable(QString::number(all.size())));
        QSet<QString> ids;
        const QSet<QString> classes{QStringLiteral("PII"), QStringLiteral("PCI"), QStringLiteral("PHI"),
                                    QStringLiteral("SECRET"), QStringLiteral("CONFIDENTIAL")};
        for (const DetectorSpec &spec : all) {
            QVERIFY2(!ids.contains(spec.id), qPrintable(spec.id));
            ids.insert(spec.id);
            QVERIFY2(classes.contains(spec.dataClass), qPrintable(spec.id));
            QVERIFY2(!spec.description.isEmpty(), qPrintable(spec.id));
            QVERIFY2(spec.validator.isEmpty() || BuiltinDetectors::validatorIds().contains(spec.validator),
                     qPrintable(spec.id));
        }
    }

    // Every detector has at least one positive and one negative case.
    void everyDetectorCovered()
    {
        QSet<QString> positive;
        QSet<QString> negative;
        for (const QJsonObject &row : m_cases) {
            const QString id = row.value(u"detector").toString();
            (row.value(u"text").toString().contains(u'«') ? positive : negative).insert(id);
        }
        for (const DetectorSpec &spec : BuiltinDetectors::all()) {
            QVERIFY2(positive.contains(spec.id), qPrintable(QStringLiteral("no positive case: ") + spec.id));
            QVERIFY2(negative.contains(spec.id), qPrintable(QStringLiteral("no negative case: ") + spec.id));
        }
    }

    void cases_data()
    {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("raw");
        std::uint64_t seed = 1;
        for (const QJsonObject &row : m_cases) {
            const QString raw = testdata::expandTemplates(row.value(u"text").toString(), seed++);
            const QString name =
                row.value(u"detector").toString() + u' ' +
                (raw.contains(u'«') ? QStringLiteral("positive") : row.value(u"why").toString());
            QTest::newRow(qPrintable(name)) << row.value(u"detector").toString() << raw;
        }
    }

    void cases()
    {
        QFETCH(QString, detector);
        QFETCH(QString, raw);
        QVERIFY2(m_set->spec(detector), qPrintable(QStringLiteral("unknown detector ") + detector));
        const testdata::MarkedText marked = testdata::parseMarkers(raw);
        const std::vector<DetectorHit> hits = m_set->scan(marked.text);
        QString seen;
        for (const DetectorHit &hit : hits)
            seen += QStringLiteral("%1[%2,%3) ").arg(hit.detectorId).arg(hit.start).arg(hit.end);
        const auto found =
            std::ranges::find_if(hits, [&](const DetectorHit &h) { return h.detectorId == detector; });
        if (marked.start < 0) {
            QVERIFY2(found == hits.end(), qPrintable(QStringLiteral("unexpected hit: ") + seen));
            return;
        }
        QVERIFY2(found != hits.end(), qPrintable(QStringLiteral("missed; hits: ") + seen));
        QCOMPARE(found->start, marked.start);
        QCOMPARE(found->end, marked.end);
        QCOMPARE(m_set->containsAny(marked.text), true);
    }
};

} // namespace tst_detector_pack

CUSTOS_GUILESS_TEST_MAIN(tst_detector_pack::TestDetectorPack)
#include "tst_detector_pack.moc"
