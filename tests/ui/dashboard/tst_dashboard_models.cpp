// The dashboard's chart models under QAbstractItemModelTester, filled from the risk surface of a
// real store (SurfaceTraffic), emptied again, and read as the charts read them.
#include "tests/support/CustosTest.h"
#include "tests/surface/SurfaceTraffic.h"

#include "core/surface/RiskSurfaceQuery.h"
#include "ui/dashboard/ClassRateModel.h"
#include "ui/dashboard/DailyActivityModel.h"
#include "ui/dashboard/DecisionModel.h"
#include "ui/dashboard/DistinctValuesModel.h"
#include "ui/dashboard/ExceptionFunnelModel.h"
#include "ui/dashboard/OpenAlertModel.h"
#include "ui/dashboard/RecipientModel.h"
#include "ui/dashboard/TopSendersModel.h"
#include "ui/dashboard/WouldHaveModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <functional>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

using ModelFactory = std::function<SurfaceTableModel *()>;
using RowsOf = std::function<int(const RiskSurface &)>;

int recipientRows(const RiskSurface &surface)
{
    QSet<QString> pairs;
    for (const SurfaceRecipient &recipient : surface.recipients)
        pairs.insert(recipient.provider + u'\n' + recipient.model);
    return int(pairs.size());
}

} // namespace

Q_DECLARE_METATYPE(ModelFactory)
Q_DECLARE_METATYPE(RowsOf)

class tst_dashboard_models : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SurfaceTraffic m_traffic;
    RiskSurface m_surface;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_traffic.create(m_dir.filePath(u"models.db"_s)));
        QVERIFY(m_traffic.recordExceptionFunnel());
        QVERIFY(m_traffic.recordSampleDay());
        auto surface = RiskSurfaceQuery(m_traffic.store()).run({*SurfacePeriod::lastDays(7), false, 10});
        QVERIFY(surface);
        m_surface = *surface;
    }

    void modelsPassTheTester_data()
    {
        QTest::addColumn<ModelFactory>("make");
        QTest::addColumn<RowsOf>("rows");
        QTest::addColumn<int>("firstValueColumn");
        QTest::newRow("days") << ModelFactory([] { return new DailyActivityModel; })
                              << RowsOf([](const RiskSurface &s) { return int(s.days.size()); }) << 1;
        QTest::newRow("class rates") << ModelFactory([] { return new ClassRateModel; })
                                     << RowsOf([](const RiskSurface &s) { return int(s.classes.size()); })
                                     << 1;
        QTest::newRow("distinct values")
            << ModelFactory([] { return new DistinctValuesModel; })
            << RowsOf([](const RiskSurface &s) { return int(s.valueClasses.size()); }) << 1;
        QTest::newRow("top users") << ModelFactory([] {
            return new TopSendersModel(TopSendersModel::Senders::Users);
        }) << RowsOf([](const RiskSurface &s) { return int(s.topUsers.size()); })
                                   << 1;
        QTest::newRow("top services")
            << ModelFactory([] { return new TopSendersModel(TopSendersModel::Senders::Services); })
            << RowsOf([](const RiskSurface &s) { return int(s.topServices.size()); }) << 1;
        QTest::newRow("recipients") << ModelFactory([] { return new RecipientModel; })
                                    << RowsOf(recipientRows) << 1;
        QTest::newRow("decisions") << ModelFactory([] { return new DecisionModel; })
                                   << RowsOf([](const RiskSurface &s) { return int(s.decisions.size()); })
                                   << 1;
        QTest::newRow("would-have") << ModelFactory([] { return new WouldHaveModel; })
                                    << RowsOf([](const RiskSurface &s) { return int(s.wouldHave.size()); })
                                    << 1;
        QTest::newRow("exception funnel") << ModelFactory([] { return new ExceptionFunnelModel; })
                                          << RowsOf([](const RiskSurface &) { return 5; }) << 1;
        QTest::newRow("open alerts") << ModelFactory([] { return new OpenAlertModel; })
                                     << RowsOf([](const RiskSurface &s) { return int(s.openAlerts.size()); })
                                     << 1;
    }
    void modelsPassTheTester()
    {
        QFETCH(ModelFactory, make);
        QFETCH(RowsOf, rows);
        QFETCH(int, firstValueColumn);
        std::unique_ptr<SurfaceTableModel> model(make());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setSurface(m_surface);
        QCOMPARE(model->rowCount(), rows(m_surface));
        QVERIFY(model->columnCount() > firstValueColumn);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(!model->index(row, 0).data().toString().isEmpty());
            bool number = false;
            model->index(row, firstValueColumn).data().toDouble(&number);
            QVERIFY2(number, "the charted column holds numbers, as the mapper reads them");
            QVERIFY(!model->index(row, firstValueColumn).data(Qt::AccessibleTextRole).toString().isEmpty());
        }
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
        model->setSurface(RiskSurface{}); // emptied, then filled again, still consistent
        QCOMPARE(model->rowCount(), rows(RiskSurface{}));
        model->setSurface(m_surface);
        QCOMPARE(model->rowCount(), rows(m_surface));
    }

    // The figures a chart shows are the surface's own.
    void modelsCarryTheSurfaceFigures()
    {
        ClassRateModel rates;
        rates.setSurface(m_surface);
        for (int row = 0; row < rates.rowCount(); ++row) {
            QCOMPARE(rates.index(row, 0).data().toString(), m_surface.classes[row].dataClass);
            QCOMPARE(rates.index(row, 1).data().toDouble(), m_surface.classes[row].hitsPerThousand);
        }
        ExceptionFunnelModel funnel;
        funnel.setSurface(m_surface);
        QCOMPARE(funnel.index(0, 1).data().toLongLong(), m_surface.exceptions.requested);
        QCOMPARE(funnel.index(4, 1).data().toLongLong(), m_surface.exceptions.used);
        DailyActivityModel days;
        days.setSurface(m_surface);
        QCOMPARE(days.index(days.rowCount() - 1, 1).data().toLongLong(), m_surface.interactions);
        QCOMPARE(days.columnCount(), 2 + int(m_surface.classes.size()));
        RecipientModel recipients;
        recipients.setSurface(m_surface);
        qint64 charted = 0;
        for (int row = 0; row < recipients.rowCount(); ++row)
            for (int column = 1; column < recipients.columnCount(); ++column)
                charted += recipients.index(row, column).data().toLongLong();
        qint64 expected = 0;
        for (const SurfaceRecipient &recipient : std::as_const(m_surface.recipients))
            expected += recipient.interactions;
        QCOMPARE(charted, expected);
    }
};

CUSTOS_TEST_MAIN(tst_dashboard_models)
#include "tst_dashboard_models.moc"
