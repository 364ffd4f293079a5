// `custosctl watch drift` as a real process over a real store: its summary, --dry-run, a bad
// --week-ending named, and a second run of the same week recording nothing. (Traffic in past weeks
// needs the service's event clock, so the statistics through a store are in tst_drift_store.)
#include "tests/support/CustosTest.h"
#include "tests/support/CustosctlProcess.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct DriftRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_custosctl_drift : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    DriftRun custosctl(QStringList arguments) const
    {
        arguments << u"--store"_s << m_dir.filePath(u"store.db"_s) << u"--key-file"_s
                  << m_dir.filePath(u"store.key"_s);
        const custos::test::CustosctlRun run = custos::test::runCustosctl(arguments);
        return DriftRun{run.exitCode, run.out, run.err};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DriftRun init = custosctl({u"evidence"_s, u"init"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void runs_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in stdout, or in stderr when failing
        QTest::newRow("a week of an empty store")
            << QStringList{u"--week-ending"_s, u"2026-06-28"_s} << 0
            << u"week 2026-06-22 to 2026-06-28: 0 interactions against 0 in the baseline; findings: "
               "not_enough_traffic 1; 0 alerts raised, 0 newly recorded, 0 already open"_s;
        QTest::newRow("dry run, yesterday by default")
            << QStringList{u"--dry-run"_s} << 0 << u" alerts raised"_s;
        QTest::newRow("not a date") << QStringList{u"--week-ending"_s, u"2026-13-40"_s} << 2
                                    << u"--week-ending: '2026-13-40' is not a date (YYYY-MM-DD)"_s;
        QTest::newRow("a week not closed yet")
            << QStringList{u"--week-ending"_s, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)}
            << 2 << u"has not closed yet"_s;
        QTest::newRow("an argument too many") << QStringList{u"extra"_s} << 2 << u"expected no arguments"_s;
    }
    void runs()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const DriftRun run = custosctl(QStringList{u"watch"_s, u"drift"_s} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        const QString &text = exitCode == 0 ? run.out : run.err;
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (exitCode != 0)
            QVERIFY2(run.err.startsWith(u"custosctl watch drift: "_s), qPrintable(run.err));
    }

    void helpNamesTheOptions()
    {
        const DriftRun run = custosctl({u"watch"_s, u"drift"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &option : {u"--week-ending"_s, u"--dry-run"_s, u"--all"_s})
            QVERIFY2(run.out.contains(option), qPrintable(run.out));
        const DriftRun group = custosctl({u"watch"_s});
        const QString usage = group.out + group.err;
        QVERIFY2(usage.contains(u"drift"_s), qPrintable(usage));
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_custosctl_drift)
#include "tst_custosctl_drift.moc"
