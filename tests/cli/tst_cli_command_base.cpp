#include "tests/support/CustosTest.h"

#include <QProcess>
#include <QTest>

namespace tst_cli_command_base {

using namespace Qt::StringLiterals;

namespace {

const QString kUsage = u"usage: custosctl probe echo --name NAME FILE | count WORDS...\n"_s;

} // namespace

// What the custosctl command base does for every verb, through a probe program built from its
// sources (tests/cli/command_probe.cpp): one row per case, the exit code, the exact standard error
// and what standard output holds (empty when the row expects nothing there).
class TestCommandBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheSameWayForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out"); // a part of standard output; empty: nothing at all
        QTest::addColumn<QString>("err"); // all of standard error

        QTest::newRow("runs") << QStringList{u"probe"_s, u"echo"_s, u"--name"_s, u"n"_s, u"--flag"_s, u"f"_s}
                              << 0 << u"name=n flag=yes file=f\n"_s << QString();
        QTest::newRow("--help of a subcommand, named on its usage line")
            << QStringList{u"probe"_s, u"echo"_s, u"--help"_s} << 0
            << u"Usage: custosctl probe echo [options] FILE\nPrint the name, the flag and the file.\n"_s
            << QString();
        QTest::newRow("--help lists the options")
            << QStringList{u"probe"_s, u"echo"_s, u"--help"_s} << 0 << u"--name <NAME>"_s << QString();
        QTest::newRow("--help needs no required option")
            << QStringList{u"solo"_s, u"--help"_s} << 0
            << u"Usage: custosctl solo [options]\nComplain with exit code 3.\n"_s << QString();
        QTest::newRow("-h of the other subcommand")
            << QStringList{u"probe"_s, u"count"_s, u"-h"_s} << 0
            << u"Usage: custosctl probe count [options] WORDS...\n"_s << QString();
        QTest::newRow("--help of the group")
            << QStringList{u"probe"_s, u"--help"_s} << 0 << kUsage << QString();
        QTest::newRow("-h of the group") << QStringList{u"probe"_s, u"-h"_s} << 0 << kUsage << QString();
        QTest::newRow("unknown option named with the command")
            << QStringList{u"probe"_s, u"echo"_s, u"--bogus"_s, u"--name"_s, u"n"_s, u"f"_s} << 2 << QString()
            << u"custosctl probe echo: Unknown option 'bogus'.\n"_s;
        QTest::newRow("unknown option of a standalone command")
            << QStringList{u"solo"_s, u"--store"_s, u"s"_s, u"--bogus"_s} << 2 << QString()
            << u"custosctl solo: Unknown option 'bogus'.\n"_s;
        QTest::newRow("option without its value")
            << QStringList{u"probe"_s, u"echo"_s, u"f"_s, u"--name"_s} << 2 << QString()
            << u"custosctl probe echo: Missing value after '--name'.\n"_s;
        QTest::newRow("missing required option")
            << QStringList{u"probe"_s, u"echo"_s, u"f"_s} << 2 << QString()
            << u"custosctl probe echo: --name NAME is required\n"_s;
        QTest::newRow("required options before positional counts")
            << QStringList{u"probe"_s, u"echo"_s} << 2 << QString()
            << u"custosctl probe echo: --name NAME is required\n"_s;
        QTest::newRow("too few positional arguments")
            << QStringList{u"probe"_s, u"echo"_s, u"--name"_s, u"n"_s} << 2 << QString()
            << u"custosctl probe echo: expected FILE, got ''\n"_s;
        QTest::newRow("too many positional arguments")
            << QStringList{u"probe"_s, u"echo"_s, u"--name"_s, u"n"_s, u"a"_s, u"b"_s} << 2 << QString()
            << u"custosctl probe echo: expected FILE, got 'a b'\n"_s;
        QTest::newRow("positional arguments where none are taken")
            << QStringList{u"solo"_s, u"--store"_s, u"s"_s, u"x"_s} << 2 << QString()
            << u"custosctl solo: expected no arguments, got 'x'\n"_s;
        QTest::newRow("any count when none is required")
            << QStringList{u"probe"_s, u"count"_s, u"a"_s, u"b"_s, u"c"_s} << 0 << u"3 words\n"_s
            << QString();
        QTest::newRow("none when none is required")
            << QStringList{u"probe"_s, u"count"_s} << 0 << u"0 words\n"_s << QString();
        QTest::newRow("complain names the command and keeps the exit code")
            << QStringList{u"solo"_s, u"--store"_s, u"/x/s.db"_s} << 3 << QString()
            << u"custosctl solo: cannot open /x/s.db\n"_s;
        QTest::newRow("unknown subcommand: named, then the usage")
            << QStringList{u"probe"_s, u"nope"_s, u"--name"_s, u"n"_s} << 2 << QString()
            << u"custosctl probe: unknown subcommand 'nope'\n"_s + kUsage;
        QTest::newRow("an option is no subcommand")
            << QStringList{u"probe"_s, u"--name"_s} << 2 << QString()
            << u"custosctl probe: unknown subcommand '--name'\n"_s + kUsage;
        QTest::newRow("no subcommand: the usage") << QStringList{u"probe"_s} << 2 << QString() << kUsage;
    }

    void parsesTheSameWayForEveryCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QProcess probe;
        probe.start(QStringLiteral(CUSTOS_BIN_DIR "/cli_command_probe"), arguments);
        probe.closeWriteChannel();
        QVERIFY2(probe.waitForFinished(30000), qPrintable(probe.errorString()));
        const QString printed = QString::fromUtf8(probe.readAllStandardOutput());
        const QString complained = QString::fromUtf8(probe.readAllStandardError());
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QVERIFY2(probe.exitCode() == exitCode,
                 qPrintable(u"exit code %1\n%2%3"_s.arg(probe.exitCode()).arg(printed, complained)));
        QCOMPARE(complained, err);
        if (out.isEmpty())
            QCOMPARE(printed, QString());
        else
            QVERIFY2(printed.contains(out), qPrintable(printed));
    }
};

} // namespace tst_cli_command_base

CUSTOS_GUILESS_TEST_MAIN(tst_cli_command_base::TestCommandBase)
#include "tst_cli_command_base.moc"
