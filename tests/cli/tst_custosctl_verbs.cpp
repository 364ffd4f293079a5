#include "tests/support/CustosTest.h"

#include <QProcess>
#include <QTest>

namespace tst_custosctl_verbs {

using namespace Qt::StringLiterals;

namespace {

struct Subcommand
{
    const char *words; // after "custosctl"
    bool needsStore;   // --store PATH is required
};

// Every subcommand of the verbs on the command base.
constexpr Subcommand kSubcommands[] = {
    {"audit export", true},      {"audit verify", false},        {"evidence init", true},
    {"evidence verify", true},   {"evidence query", true},       {"evidence tail", true},
    {"evidence hold", true},     {"evidence purge", true},       {"evidence erase", true},
    {"evidence rekey", true},    {"evidence checkpoints", true}, {"evidence export-checkpoints", true},
    {"evidence witness", true},  {"exceptions request", true},   {"exceptions approve", true},
    {"exceptions reject", true}, {"exceptions revoke", true},    {"exceptions list", true},
    {"exceptions show", true},   {"exceptions history", true},   {"exceptions sweep", true},
    {"policy check", false},     {"policy hash", false},         {"policy diff", false},
    {"policy publish", true},    {"policy history", true},       {"policy show", true},
    {"users add", true},         {"users passwd", true},         {"users role", true},
    {"users group", true},       {"users disable", true},        {"users enable", true},
    {"users list", true},        {"routes add", true},           {"routes list", true},
    {"routes remove", true},     {"keys issue", true},           {"keys list", true},
    {"keys revoke", true},       {"watch simulate", false},      {"watch run", true},
    {"explain", true},
};

constexpr const char *kGroups[] = {"audit", "evidence", "exceptions", "policy",
                                   "users", "routes",   "keys",       "watch"};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run custosctl(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"CUSTOS_PASSPHRASE"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CUSTOS_BIN_DIR "/custosctl"), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ');
}

} // namespace

// Every verb and subcommand of the real custosctl that is a `Command` parses the same way: --help
// on standard output with exit 0, unknown options and missing required ones named with the whole
// command and exit 2, positional counts checked, unknown subcommands named with the usage. None
// of these rows opens a store: the command line is refused first.
class TestCustosctlVerbs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLikeEveryOther_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outStart"); // how standard output starts; empty: nothing at all
        QTest::addColumn<QString>("errStart"); // how standard error starts; empty: nothing at all
        for (const Subcommand &sub : kSubcommands) {
            const QString name = QString::fromLatin1(sub.words);
            QTest::addRow("%s --help", sub.words)
                << words(sub.words) + QStringList{u"--help"_s} << 0
                << u"Usage: custosctl %1 [options]"_s.arg(name) << QString();
            QTest::addRow("%s --bogus", sub.words)
                << words(sub.words) + QStringList{u"--bogus"_s} << 2 << QString()
                << u"custosctl %1: Unknown option 'bogus'.\n"_s.arg(name);
            if (sub.needsStore)
                QTest::addRow("%s without --store", sub.words)
                    << words(sub.words) << 2 << QString()
                    << u"custosctl %1: --store PATH is required\n"_s.arg(name);
        }
        for (const char *group : kGroups) {
            const QString name = QString::fromLatin1(group);
            QTest::addRow("%s --help", group)
                << QStringList{name, u"--help"_s} << 0 << u"usage: custosctl "_s + name << QString();
            QTest::addRow("%s alone", group)
                << QStringList{name} << 2 << QString() << u"usage: custosctl "_s + name;
            QTest::addRow("%s bogus", group)
                << QStringList{name, u"bogus"_s} << 2 << QString()
                << u"custosctl %1: unknown subcommand 'bogus'\nusage: custosctl %1"_s.arg(name);
        }
        const QStringList store{u"--store"_s, u"/nonexistent/store.db"_s};
        QTest::newRow("exceptions show without ID")
            << QStringList{u"exceptions"_s, u"show"_s} + store << 2 << QString()
            << u"custosctl exceptions show: expected ID, got ''\n"_s;
        QTest::newRow("exceptions approve with two IDs")
            << QStringList{u"exceptions"_s, u"approve"_s, u"a"_s, u"b"_s} + store << 2 << QString()
            << u"custosctl exceptions approve: expected ID, got 'a b'\n"_s;
        QTest::newRow("users role with two names")
            << QStringList{u"users"_s, u"role"_s, u"a"_s, u"b"_s} + store << 2 << QString()
            << u"custosctl users role: expected NAME, got 'a b'\n"_s;
        QTest::newRow("users list with a name")
            << QStringList{u"users"_s, u"list"_s, u"x"_s} + store << 2 << QString()
            << u"custosctl users list: expected no arguments, got 'x'\n"_s;
        QTest::newRow("policy publish without FILE")
            << QStringList{u"policy"_s, u"publish"_s} + store << 2 << QString()
            << u"custosctl policy publish: expected FILE, got ''\n"_s;
        QTest::newRow("policy show without HASH")
            << QStringList{u"policy"_s, u"show"_s} + store << 2 << QString()
            << u"custosctl policy show: expected HASH, got ''\n"_s;
        QTest::newRow("audit export with a stray word")
            << QStringList{u"audit"_s, u"export"_s, u"now"_s} + store << 2 << QString()
            << u"custosctl audit export: expected no arguments, got 'now'\n"_s;
        QTest::newRow("policy hash of two files")
            << QStringList{u"policy"_s, u"hash"_s, u"a"_s, u"b"_s} << 2 << QString()
            << u"custosctl policy hash: name exactly one FILE\n"_s;
        QTest::newRow("audit verify without PACK")
            << QStringList{u"audit"_s, u"verify"_s} << 2 << QString()
            << u"custosctl audit verify: expected one PACK (a folder or .zip)\n"_s;
    }

    void parsesLikeEveryOther()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, outStart);
        QFETCH(QString, errStart);
        const Run run = custosctl(arguments);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit code %1\n%2%3"_s.arg(run.exitCode).arg(run.out, run.err)));
        if (outStart.isEmpty())
            QCOMPARE(run.out, QString());
        else
            QVERIFY2(run.out.startsWith(outStart), qPrintable(run.out));
        if (errStart.isEmpty())
            QCOMPARE(run.err, QString());
        else
            QVERIFY2(run.err.startsWith(errStart), qPrintable(run.err));
    }
};

} // namespace tst_custosctl_verbs

CUSTOS_GUILESS_TEST_MAIN(tst_custosctl_verbs::TestCustosctlVerbs)
#include "tst_custosctl_verbs.moc"
