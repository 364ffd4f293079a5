// `custosctl watch simulate` as a real process: the real scanner over a JSONL stream in simulated
// time, alerts as JSONL, bad lines named and skipped.
#include "tests/support/CustosTest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> alerts;
    QString errors;
};

// A valid test SSN (area 123, group 45) with serial n.
QString ssn(int n)
{
    return u"123-45-%1"_s.arg(n + 1000, 4, 10, QLatin1Char('0'));
}

QByteArray line(const QDateTime &time, const QString &user, const QString &text)
{
    return QJsonDocument(QJsonObject{{u"time"_s, time.toString(Qt::ISODate)},
                                     {u"user"_s, user},
                                     {u"service"_s, u"billing"_s},
                                     {u"route"_s, u"openai"_s},
                                     {u"model"_s, u"gpt-4o"_s},
                                     {u"direction"_s, u"request"_s},
                                     {u"text"_s, text}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

class tst_custosctl_watch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run simulate(const QByteArray &jsonl)
    {
        const QString input = m_dir.filePath(u"in.jsonl"_s);
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(jsonl) != jsonl.size())
            return {};
        file.close();
        QProcess process;
        process.start(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"),
                      {u"watch"_s, u"simulate"_s, input, u"--policy"_s,
                       QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml")});
        if (!process.waitForFinished(60000))
            return {};
        Run run;
        run.exitCode = process.exitCode();
        run.errors = QString::fromUtf8(process.readAllStandardError());
        for (const QByteArray &out : process.readAllStandardOutput().split('\n'))
            if (!out.isEmpty())
                run.alerts.append(QJsonDocument::fromJson(out).object());
        return run;
    }

private Q_SLOTS:
    void budgetThroughTheRealScanner_data()
    {
        QTest::addColumn<int>("ssns");
        QTest::addColumn<int>("alerts");
        QTest::newRow("five SSNs, the same one repeated") << 5 << 0;
        QTest::newRow("six distinct SSNs") << 6 << 1;
    }
    void budgetThroughTheRealScanner()
    {
        QFETCH(int, ssns);
        QFETCH(int, alerts);
        QByteArray jsonl;
        const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        for (int i = 0; i < ssns; ++i) {
            // Spelt differently each time: normalised, 123-45-1000 and 123451000 are one value.
            const QString value = ssns == 5 ? (i % 2 ? ssn(0) : ssn(0).remove(u'-')) : ssn(i);
            jsonl += line(start.addSecs(i * 600), u"alice"_s, u"customer ssn %1 please check"_s.arg(value));
        }
        const Run run = simulate(jsonl);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.alerts.size(), alerts);
        if (alerts == 0)
            return;
        const QJsonObject alert = run.alerts.constFirst();
        QCOMPARE(alert.value(u"watcher"_s).toString(), u"budget"_s);
        QCOMPARE(alert.value(u"user"_s).toString(), u"alice"_s);
        QCOMPARE(alert.value(u"class"_s).toString(), u"us_ssn"_s);
        QCOMPARE(alert.value(u"statistic"_s).toDouble(), 6.0);
        QCOMPARE(alert.value(u"threshold"_s).toDouble(), 6.0);
        QCOMPARE(alert.value(u"contributing"_s).toArray(), (QJsonArray{1, 2, 3, 4, 5, 6}));
        QVERIFY(alert.contains(u"time"_s) && alert.contains(u"severity"_s));
        QVERIFY(!run.errors.contains(u"123-45"_s)); // no value in any output
    }

    void badLinesAreNamedAndSkipped_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("cause");
        QTest::newRow("not JSON") << QByteArray("{\"time\": \n") << u"not JSON"_s;
        QTest::newRow("no user") << QByteArray("{\"time\":\"2026-11-02T10:00:00Z\",\"text\":\"x\"}\n")
                                 << u"\"user\" is missing"_s;
        QTest::newRow("bad time") << QByteArray("{\"time\":\"yesterday\",\"user\":\"a\",\"text\":\"x\"}\n")
                                  << u"not an ISO 8601 time"_s;
        QTest::newRow("bad direction")
            << QByteArray(
                   "{\"time\":\"2026-11-02T10:00:00Z\",\"user\":\"a\",\"text\":\"x\",\"direction\":\"up\"}\n")
            << u"direction"_s;
        QTest::newRow("text not a string")
            << QByteArray("{\"time\":\"2026-11-02T10:00:00Z\",\"user\":\"a\",\"text\":5}\n")
            << u"\"text\" must be a string"_s;
    }
    void badLinesAreNamedAndSkipped()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, cause);
        const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        QByteArray jsonl;
        for (int i = 0; i < 3; ++i)
            jsonl += line(start.addSecs(i * 60), u"bob"_s, u"ssn %1"_s.arg(ssn(i)));
        jsonl += bad; // line 4
        for (int i = 3; i < 6; ++i)
            jsonl += line(start.addSecs(i * 60), u"bob"_s, u"ssn %1"_s.arg(ssn(i)));
        const Run run = simulate(jsonl);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(u"in.jsonl:4: "_s) && run.errors.contains(cause),
                 qPrintable(run.errors));
        // The run went on: the six good lines still broke the budget.
        QCOMPARE(run.alerts.size(), 1);
        QCOMPARE(run.alerts.constFirst().value(u"contributing"_s).toArray(), (QJsonArray{1, 2, 3, 5, 6, 7}));
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_custosctl_watch)
#include "tst_custosctl_watch.moc"
