#include "tests/support/CustosTest.h"

#include "core/policy/PolicyEngine.h"
#include "core/policy/StreamPolicy.h"

#include <QFile>
#include <QTest>

namespace tst_stream_policy {

using namespace custos;

namespace {

const QString awsKey = QStringLiteral("AKIAQ3EGRPNW5KFZJ7TX");
const QString email = QStringLiteral("jane.doe@acme-corp.com");

std::shared_ptr<const PolicyEngine> engineFor(const QByteArray &yaml)
{
    auto policy = Policy::fromYaml(yaml, QStringLiteral("stream.yaml"));
    if (!policy)
        qFatal("policy does not load: %s", qPrintable(policy.error().front().toString()));
    auto engine = PolicyEngine::compile(*policy);
    if (!engine)
        qFatal("engine does not compile: %s", qPrintable(engine.error().toString()));
    return *engine;
}

const QByteArray redacting = R"(id: stream
rules:
  - id: mask-secrets
    direction: response
    conditions: { classes: [SECRET] }
    action: redact
    redaction: { style: mask }
  - id: placeholder-pii
    direction: response
    conditions: { classes: [PII] }
    action: redact
)";

QStringList chunksOf(const QString &text, int size)
{
    QStringList chunks;
    for (qsizetype i = 0; i < text.size(); i += size)
        chunks << text.mid(i, size);
    return chunks;
}

struct Streamed
{
    QString text;
    bool blocked = false;
    QStringList outputs;
};

Streamed stream(StreamPolicy &filter, const QStringList &chunks)
{
    Streamed result;
    for (const QString &chunk : chunks) {
        const StreamPolicy::Output output = filter.feed(chunk);
        result.text += output.text;
        result.outputs << output.text;
        result.blocked = result.blocked || output.blocked;
    }
    const StreamPolicy::Output last = filter.finish();
    result.text += last.text;
    result.outputs << last.text;
    result.blocked = result.blocked || last.blocked;
    return result;
}

} // namespace

class TestStreamPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsAcrossChunkBoundaries_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : {1, 2, 3, 5, 7, 16, 1000})
            QTest::newRow(qPrintable(QStringLiteral("chunks of %1").arg(size))) << size;
    }

    void redactsAcrossChunkBoundaries()
    {
        QFETCH(int, chunkSize);
        const auto engine = engineFor(redacting);
        const auto filter = engine->streamPolicy(EvaluationContext{});
        const QString input = QStringLiteral("Here: ") + awsKey + QStringLiteral(", mail ") + email +
                              QStringLiteral(" and again ") + email + QStringLiteral(". Done.");
        const Streamed result = stream(*filter, chunksOf(input, chunkSize));
        QVERIFY(!result.blocked);
        QCOMPARE(result.text,
                 QStringLiteral("Here: ********************, mail [EMAIL_1] and again [EMAIL_1]. Done."));
        for (const QString &output : result.outputs)
            QVERIFY2(!output.contains(u"AKIA") && !output.contains(u"acme-corp"), qPrintable(output));
        const Decision &decision = filter->decision();
        QCOMPARE(decision.action, Action::Redact);
        QCOMPARE(decision.hits.size(), 3u);
        QCOMPARE(decision.hits[0].hit.start, 6);
    }

    void cleanTextPassesUnchanged()
    {
        const auto engine = engineFor(redacting);
        const auto filter = engine->streamPolicy(EvaluationContext{});
        const QString input =
            QStringLiteral("Plain prose, with ümlauts and 😀 emoji, nothing to hide. ").repeated(20);
        const Streamed result = stream(*filter, chunksOf(input, 9));
        QCOMPARE(result.text, input);
        QCOMPARE(filter->decision().action, Action::Allow);
    }

    void blockStopsTheStream()
    {
        QByteArray yaml = redacting;
        yaml.replace("    action: redact\n    redaction: { style: mask }",
                     "    action: block\n    message: Stop.");
        const auto engine = engineFor(yaml);
        const auto filter = engine->streamPolicy(EvaluationContext{});
        const Streamed result = stream(
            *filter,
            chunksOf(QStringLiteral("Sure, the key is ") + awsKey + QStringLiteral(" and more text"), 4));
        QVERIFY(result.blocked);
        QVERIFY(filter->blocked());
        QVERIFY2(!result.text.contains(u"AKIA"), qPrintable(result.text));
        QVERIFY(!result.text.contains(u"more text"));
        QCOMPARE(filter->decision().message, QStringLiteral("Stop."));
        QVERIFY(filter->feed(u"later").blocked);
    }

    void requestRulesDoNotApply()
    {
        QByteArray yaml = redacting;
        yaml.replace("direction: response", "direction: request");
        const auto filter = engineFor(yaml)->streamPolicy(EvaluationContext{});
        const QString input = QStringLiteral("key ") + awsKey;
        QCOMPARE(stream(*filter, chunksOf(input, 3)).text, input);
        QCOMPARE(filter->decision().hits.size(), 1u); // still found and recorded
    }
};

} // namespace tst_stream_policy

CUSTOS_GUILESS_TEST_MAIN(tst_stream_policy::TestStreamPolicy)
#include "tst_stream_policy.moc"
