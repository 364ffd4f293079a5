// StreamScanner: secrets, cards and e-mail addresses split at every position across two and
// three chunks are found whole, with stream-global offsets, and are never released in part
// before they are reported; the releases always concatenate to the input.

#include "tests/support/CustosTest.h"

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/StreamScanner.h"
#include "tests/detectors/DetectorTestData.h"

#include <QTest>

namespace tst_stream_scanner {

using namespace custos;

namespace {

std::shared_ptr<const DetectorSet> builtin()
{
    static const auto set = [] {
        auto compiled = DetectorSet::compile(BuiltinDetectors::all());
        if (!compiled)
            qFatal("%s", qPrintable(compiled.error().toString()));
        return *compiled;
    }();
    return set;
}

struct StreamResult
{
    QString released;
    std::vector<DetectorHit> hits;
    QString problem; // empty when every invariant held
};

// Feeds the chunks and checks, after every release, that a released prefix never ends inside
// the expected span unless that span's hit has already been reported.
StreamResult runStream(const QStringList &chunks, qsizetype spanStart, qsizetype spanEnd,
                       const QString &detector)
{
    StreamScanner scanner(builtin());
    StreamResult result;
    bool reported = false;
    const auto take = [&](StreamScanner::Release release) {
        result.released += release.text;
        for (DetectorHit &hit : release.hits) {
            if (hit.detectorId == detector && hit.start == spanStart && hit.end == spanEnd)
                reported = true;
            result.hits.push_back(std::move(hit));
        }
        const qsizetype releasedPoints = testdata::codePoints(result.released);
        if (!reported && releasedPoints > spanStart && result.problem.isEmpty())
            result.problem = QStringLiteral("released %1 code points before reporting [%2,%3)")
                                 .arg(releasedPoints)
                                 .arg(spanStart)
                                 .arg(spanEnd);
    };
    for (const QString &chunk : chunks)
        take(scanner.feed(chunk));
    take(scanner.finish());
    return result;
}

QString describe(const std::vector<DetectorHit> &hits)
{
    QStringList parts;
    for (const DetectorHit &h : hits)
        parts << QStringLiteral("%1[%2,%3)").arg(h.detectorId).arg(h.start).arg(h.end);
    return parts.join(u' ');
}

} // namespace

class TestStreamScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("raw");
        const auto row = [](const char *name, const char *detector, const char *text) {
            QTest::newRow(name) << QString::fromLatin1(detector)
                                << testdata::expandTemplates(QString::fromUtf8(text), 7);
        };
        row("github token", "github_pat", "Your token is «ghp_{A:36}», keep it safe.");
        row("card", "credit_card", "Pay with «4111 1111 1111 1111» today.");
        row("email", "email", "Écrivez à «zoë.doe@example.org» 😀 merci");
        row("aws key", "aws_access_key_id", "id=«AKIA{U2:16}»\n");
        row("iban", "iban", "IBAN: «DE89 3704 0044 0532 0130 00».");
        row("anthropic", "anthropic_api_key", "x «sk-ant-api03-{A:93}AA» y");
    }

    // Every split into two chunks, and every split into three chunks around the secret.
    void splits()
    {
        QFETCH(QString, detector);
        QFETCH(QString, raw);
        const testdata::MarkedText marked = testdata::parseMarkers(raw);
        const QString &text = marked.text;
        const std::vector<DetectorHit> whole = builtin()->scan(text);
        const auto check = [&](const QStringList &chunks, const QString &where) {
            const StreamResult result = runStream(chunks, marked.start, marked.end, detector);
            QVERIFY2(result.released == text,
                     qPrintable(where + QStringLiteral(": releases differ from input")));
            QVERIFY2(result.problem.isEmpty(), qPrintable(where + u' ' + result.problem));
            const auto found = std::ranges::find_if(result.hits, [&](const DetectorHit &h) {
                return h.detectorId == detector && h.start == marked.start && h.end == marked.end;
            });
            QVERIFY2(found != result.hits.end(),
                     qPrintable(where + QStringLiteral(" hits: ") + describe(result.hits)));
            QCOMPARE(result.hits, whole);
        };
        for (qsizetype i = 0; i <= text.size(); ++i)
            check({text.left(i), text.mid(i)}, QStringLiteral("split at %1").arg(i));
        const qsizetype from = testdata::utf16Index(text, marked.start);
        const qsizetype to = testdata::utf16Index(text, marked.end);
        // Three chunks: every pair of cut points inside the span; for very long spans every first
        // cut with the second cut on a stride, to keep the suite fast.
        const qsizetype stride = (to - from) > 48 ? 5 : 1;
        for (qsizetype i = from; i <= to; ++i)
            for (qsizetype j = i; j <= to; j += (j == i ? 1 : stride))
                check({text.left(i), text.mid(i, j - i), text.mid(j)},
                      QStringLiteral("split at %1,%2").arg(i).arg(j));
        QVERIFY(!QTest::currentTestFailed());
    }

    // One code unit at a time, including both halves of a surrogate pair in separate deltas.
    void characterByCharacter()
    {
        const QString text = QStringLiteral("a😀 jane@example.org 😀 and 4111-1111-1111-1111 end");
        StreamScanner scanner(builtin());
        QString released;
        std::vector<DetectorHit> hits;
        for (QChar c : text) {
            auto release = scanner.feed(QStringView(&c, 1));
            released += release.text;
            hits.insert(hits.end(), release.hits.begin(), release.hits.end());
        }
        auto last = scanner.finish();
        released += last.text;
        hits.insert(hits.end(), last.hits.begin(), last.hits.end());
        QCOMPARE(released, text);
        QCOMPARE(hits, builtin()->scan(text));
        QCOMPARE(hits.size(), std::size_t(2));
        QCOMPARE(hits[0].start, 3);
    }

    // Prose is released promptly: only the last word (a possible match in progress) is held.
    void holdsLittleInProse()
    {
        StreamScanner scanner(builtin());
        QString released;
        const QString prose = QStringLiteral("The quick brown fox jumps over the lazy dog. ");
        for (int i = 0; i < 20; ++i)
            released += scanner.feed(prose).text;
        QVERIFY2(scanner.heldBytes() < 64, qPrintable(QString::number(scanner.heldBytes())));
        released += scanner.finish().text;
        QCOMPARE(released, prose.repeated(20));
    }

    // A context-required detector waits for context that may arrive after the match.
    void contextAfterMatch()
    {
        const QString text = QStringLiteral("Document 533380006 is my passport, thanks.");
        StreamScanner scanner(builtin());
        std::vector<DetectorHit> hits;
        for (const QString &chunk : {QStringLiteral("Document 533380006 "), QStringLiteral("is my passport"),
                                     QStringLiteral(", thanks.")}) {
            auto release = scanner.feed(chunk);
            hits.insert(hits.end(), release.hits.begin(), release.hits.end());
        }
        auto last = scanner.finish();
        hits.insert(hits.end(), last.hits.begin(), last.hits.end());
        QCOMPARE(hits, builtin()->scan(text));
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits[0].detectorId, QStringLiteral("passport_number"));
    }

    // A long stream with hits far apart: offsets stay global after the buffer is compacted.
    void longStreamOffsets()
    {
        const QString filler = QStringLiteral("lorem ipsum dolor sit amet ").repeated(4000);
        const QString text =
            filler + QStringLiteral("jane@example.org ") + filler + QStringLiteral("536-22-8765");
        StreamScanner scanner(builtin());
        std::vector<DetectorHit> hits;
        QString released;
        for (qsizetype i = 0; i < text.size(); i += 20) {
            auto release = scanner.feed(QStringView(text).mid(i, 20));
            released += release.text;
            hits.insert(hits.end(), release.hits.begin(), release.hits.end());
        }
        auto last = scanner.finish();
        released += last.text;
        hits.insert(hits.end(), last.hits.begin(), last.hits.end());
        QCOMPARE(released, text);
        QCOMPARE(hits, builtin()->scan(text));
        QCOMPARE(scanner.releasedCodePoints(), text.size());
    }

    // A token longer than the hold-back window is not held (and rescanned) without bound: once
    // it outgrows the window its first part is released and reported as a hit. The rest no
    // longer follows "password=" within the window, so it is plain text to the scanner.
    void overlongToken()
    {
        const QString token = testdata::expandTemplates(QStringLiteral("{A:40}"), 3).repeated(1000);
        const QString text = QStringLiteral("password=") + token + QStringLiteral(" done");
        StreamScanner scanner(builtin());
        QString released;
        qsizetype reported = 0;
        qsizetype maxHeld = 0;
        const auto take = [&](const StreamScanner::Release &release) {
            released += release.text;
            for (const DetectorHit &hit : release.hits) {
                if (hit.detectorId == QStringLiteral("generic_secret") && hit.start == 9)
                    reported += hit.length();
            }
        };
        for (qsizetype i = 0; i < text.size(); i += 20) {
            take(scanner.feed(QStringView(text).mid(i, 20)));
            maxHeld = std::max(maxHeld, scanner.heldBytes());
        }
        take(scanner.finish());
        QCOMPARE(released, text);
        QVERIFY2(reported >= 8, qPrintable(QString::number(reported)));
        QVERIFY(maxHeld <= qsizetype(builtin()->maxHoldBack()) * 4 + 64);
    }

    void emptyStream()
    {
        StreamScanner scanner(builtin());
        QVERIFY(scanner.feed(u"").text.isEmpty());
        QVERIFY(scanner.finish().text.isEmpty());
    }
};

} // namespace tst_stream_scanner

CUSTOS_GUILESS_TEST_MAIN(tst_stream_scanner::TestStreamScanner)
#include "tst_stream_scanner.moc"
