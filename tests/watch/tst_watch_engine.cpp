// The watchers' engine on constructed days: what alerts, on which day, and what never does.
#include "core/watch/WatchEngine.h"
#include "tests/support/CustosTest.h"

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

// One user's days: day i sends counts[i] novel values of `valueClass` (and a reused one), in
// requests of at most two values, so no request is unusual on its own.
struct DayPlan
{
    QList<int> novel;
    QString valueClass = u"email"_s;
};

class Feeder
{
public:
    explicit Feeder(WatchSettings settings = {})
        : m_engine(std::move(settings))
    {}

    // Returns, per day, the alerts raised while that day was open or at its close.
    QList<QList<WatchAlert>> run(const QString &user, const DayPlan &plan, int firstDay = 20000)
    {
        QList<QList<WatchAlert>> byDay(plan.novel.size());
        for (qsizetype i = 0; i < plan.novel.size(); ++i) {
            const int day = firstDay + int(i);
            const qint64 start = qint64(day) * WatchEngine::kDayMs + 9 * 3'600'000;
            QList<WatchAlert> raised;
            // The close of the day before may raise; it belongs to that day.
            if (i > 0)
                byDay[i - 1].append(m_engine.advanceTo(start));
            WatchObservation reused{++m_seq, start, user, u"billing"_s, false, {}};
            reused.addValue(plan.valueClass, u"known"_s);
            raised.append(m_engine.observe(reused));
            for (int sent = 0; sent < plan.novel.at(i); sent += 2) {
                WatchObservation o{++m_seq, start + (sent + 1) * 60'000, user, u"billing"_s, false, {}};
                for (int v = sent; v < std::min(sent + 2, plan.novel.at(i)); ++v)
                    o.addValue(plan.valueClass, u"%1-%2-%3"_s.arg(user).arg(day).arg(v));
                raised.append(m_engine.observe(o));
            }
            byDay[i].append(raised);
        }
        byDay.last().append(
            m_engine.advanceTo(qint64(firstDay + plan.novel.size()) * WatchEngine::kDayMs + 1));
        return byDay;
    }

    WatchEngine &engine() { return m_engine; }

private:
    WatchEngine m_engine;
    qint64 m_seq = 0;
};

QList<int> repeated(int count, int value)
{
    return QList<int>(count, value);
}

int firstAlertDay(const QList<QList<WatchAlert>> &byDay, const QString &watcher)
{
    for (qsizetype i = 0; i < byDay.size(); ++i)
        for (const WatchAlert &alert : byDay.at(i))
            if (alert.watcher == watcher)
                return int(i);
    return -1;
}

} // namespace

class tst_watch_engine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noveltyAlertDay_data()
    {
        QTest::addColumn<QList<int>>("novel");
        QTest::addColumn<int>("expectedDay"); // -1: never
        const QList<int> history = repeated(20, 1);
        QTest::newRow("single-day burst of 30") << history + QList<int>{30} + repeated(5, 1) << -1;
        QTest::newRow("single-day burst of 400") << history + QList<int>{400} + repeated(5, 1) << -1;
        QTest::newRow("two bursts a week apart") << history + QList<int>{40, 1, 1, 1, 1, 1, 40, 1, 1} << -1;
        QTest::newRow("two workdays well above") << history + QList<int>{12, 12} + repeated(5, 1) << -1;
        QTest::newRow("three workdays well above: day 3") << history + QList<int>{12, 12, 12} << 22;
        QTest::newRow("five workdays well above: day 3") << history + repeated(5, 12) << 22;
        QTest::newRow("steady at the baseline") << repeated(40, 1) << -1;
        QTest::newRow("steady at a high baseline") << repeated(40, 8) << -1;
    }
    void noveltyAlertDay()
    {
        QFETCH(QList<int>, novel);
        QFETCH(int, expectedDay);
        Feeder feeder;
        const auto byDay = feeder.run(u"alice"_s, DayPlan{novel});
        QCOMPARE(firstAlertDay(byDay, u"novel_values"_s), expectedDay);
    }

    void alertCarriesItsEvidence()
    {
        Feeder feeder;
        const auto byDay = feeder.run(u"alice"_s, DayPlan{repeated(20, 1) + QList<int>{12, 12, 12}});
        QCOMPARE(byDay.at(22).size(), 1);
        const WatchAlert &alert = byDay.at(22).constFirst();
        QCOMPARE(alert.user, u"alice"_s);
        QCOMPARE(alert.service, u"billing"_s);
        QCOMPARE(alert.valueClass, u"email"_s);
        QVERIFY(alert.statistic >= alert.threshold);
        QVERIFY2(alert.baseline > 0.9 && alert.baseline < 1.5, qPrintable(QString::number(alert.baseline)));
        QCOMPARE(alert.novelToday, 12);
        QCOMPARE(alert.contributing.size(), 36); // the novel values of the three days
        QCOMPARE(alert.windowCounts.size(), 4);
        QCOMPARE(alert.windowCounts.at(0), 13); // today's 12 novel and the reused one
    }

    void warmingUpNeverAlerts_data()
    {
        QTest::addColumn<int>("historyDays");
        QTest::addColumn<bool>("alerts");
        QTest::newRow("no history") << 0 << false;
        QTest::newRow("four days") << 4 << false;
        QTest::newRow("five days") << 5 << true;
    }
    void warmingUpNeverAlerts()
    {
        QFETCH(int, historyDays);
        QFETCH(bool, alerts);
        Feeder feeder;
        const auto byDay = feeder.run(u"bob"_s, DayPlan{repeated(historyDays, 1) + repeated(3, 30)});
        QCOMPARE(firstAlertDay(byDay, u"novel_values"_s) >= 0, alerts);
        Feeder fresh;
        fresh.run(u"carol"_s, DayPlan{{3}});
        QVERIFY(fresh.engine().status(u"carol"_s, u"email"_s).warmingUp);
    }

    void budgets_data()
    {
        QTest::addColumn<QString>("valueClass");
        QTest::addColumn<int>("valuesOnOneDay");
        QTest::addColumn<bool>("alerts");
        QTest::newRow("5 SSNs") << u"us_ssn"_s << 5 << false;
        QTest::newRow("6 SSNs") << u"us_ssn"_s << 6 << true;
        QTest::newRow("11 cards") << u"credit_card"_s << 11 << false;
        QTest::newRow("12 cards") << u"credit_card"_s << 12 << true;
        QTest::newRow("2 secrets") << u"secret"_s << 2 << false;
        QTest::newRow("3 secrets") << u"secret"_s << 3 << true;
        QTest::newRow("40 e-mails (no budget)") << u"email"_s << 40 << false;
    }
    void budgets()
    {
        QFETCH(QString, valueClass);
        QFETCH(int, valuesOnOneDay);
        QFETCH(bool, alerts);
        Feeder feeder;
        // The reused value counts too: one fewer novel one.
        const auto byDay = feeder.run(u"dave"_s, DayPlan{{valuesOnOneDay - 1}, valueClass});
        QCOMPARE(firstAlertDay(byDay, u"budget"_s) == 0, alerts);
    }

    void oneOpenAlertPerPair()
    {
        Feeder feeder;
        const auto byDay = feeder.run(u"erin"_s, DayPlan{repeated(20, 1) + repeated(12, 12)});
        int raised = 0;
        for (const auto &day : byDay)
            raised += int(day.size());
        QCOMPARE(raised, 1);
    }

    void dismissalFeedsTheBaseline()
    {
        Feeder feeder;
        auto byDay = feeder.run(u"fay"_s, DayPlan{repeated(20, 1) + QList<int>{12, 12, 12}});
        QCOMPARE(byDay.at(22).size(), 1);
        QVERIFY(feeder.engine().dismiss(byDay.at(22).constFirst().id));
        QVERIFY(!feeder.engine().dismiss(byDay.at(22).constFirst().id));
        const double before = byDay.at(22).constFirst().baseline;
        // The dismissed days count as normal now: the next alert stands on a higher baseline.
        byDay = feeder.run(u"fay"_s, DayPlan{repeated(4, 12)}, 20023);
        const int day = firstAlertDay(byDay, u"novel_values"_s);
        QVERIFY(day >= 2);
        QVERIFY2(byDay.at(day).constFirst().baseline > before * 1.5,
                 qPrintable(u"%1 after, %2 before"_s.arg(byDay.at(day).constFirst().baseline).arg(before)));
    }

    void sameEventsSameAlerts()
    {
        const DayPlan plan{repeated(20, 2) + repeated(6, 10) + repeated(5, 2) + repeated(4, 15)};
        Feeder first;
        Feeder second;
        const auto a = first.run(u"gus"_s, plan);
        const auto b = second.run(u"gus"_s, plan);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).size(), b.at(i).size());
            for (qsizetype j = 0; j < a.at(i).size(); ++j)
                QCOMPARE(a.at(i).at(j).toJson(), b.at(i).at(j).toJson());
        }
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_watch_engine)
#include "tst_watch_engine.moc"
