// Every text the console shows goes through tr(): a source scan over ui/ and app/custos for
// literals handed straight to a widget (UntranslatedLiteralScan), one row per file, reporting
// file:line. ui/report is left out: the audit report PDF is part of the signed audit pack and is
// English by design (README, "Languages"). The scanner itself is checked on a fixture.
#include "tests/support/CustosTest.h"

#include "tests/i18n/UntranslatedLiteralScan.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace tst_tr_coverage {

using custos::test::UntranslatedLiteralScan;
using namespace Qt::StringLiterals;

namespace {

// Literals that are not language and may be shown as they are.
const QSet<QString> allowedLiterals{
    u"https://api.openai.com/v1"_s, // the provider URL offered as an example and a default
};

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestTrCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noWidgetShowsABareLiteral_data()
    {
        QTest::addColumn<QString>("file");
        const QDir root(QStringLiteral(CUSTOS_SOURCE_DIR));
        int files = 0;
        for (const QString &folder : {u"ui"_s, u"app/custos"_s}) {
            QDirIterator it(root.filePath(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString relative = root.relativeFilePath(it.next());
                if (relative.startsWith(u"ui/report/"_s))
                    continue;
                QTest::newRow(qPrintable(relative)) << relative;
                ++files;
            }
        }
        QVERIFY2(files > 50, "the scan found too few console sources; has the tree moved?");
    }

    void noWidgetShowsABareLiteral()
    {
        QFETCH(QString, file);
        const QString source = readAll(QStringLiteral(CUSTOS_SOURCE_DIR "/") + file);
        QVERIFY2(!source.isEmpty(), qPrintable(file));
        const QStringList findings = UntranslatedLiteralScan(allowedLiterals).scan(file, source);
        QVERIFY2(findings.isEmpty(), qPrintable(u"shown without tr():\n  "_s + findings.join(u"\n  "_s)));
    }

    // Each fixture line that ends in "// finding" must be reported, and no other.
    void theScanFindsEachBareLiteralInTheFixture()
    {
        const QString fixture = u"tests/i18n/data/untranslated_widgets.cpp.txt"_s;
        const QString source = readAll(QStringLiteral(CUSTOS_SOURCE_DIR "/") + fixture);
        QVERIFY(!source.isEmpty());
        QStringList expected;
        const QStringList lines = source.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).endsWith(u"// finding"_s))
                expected.append(fixture + u':' + QString::number(i + 1));
        }
        QVERIFY(expected.size() >= 8);
        QStringList found;
        for (const QString &finding : UntranslatedLiteralScan(allowedLiterals).scan(fixture, source))
            found.append(finding.section(u':', 0, 1));
        QCOMPARE(found, expected);
    }
};

} // namespace tst_tr_coverage

CUSTOS_GUILESS_TEST_MAIN(tst_tr_coverage::TestTrCoverage)
#include "tst_tr_coverage.moc"
