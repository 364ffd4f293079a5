#include "tests/support/CustosTest.h"

#include "core/policy/Policy.h"
#include "core/policy/PolicyCanonical.h"
#include "core/policy/PolicyDiff.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace tst_policy_version {

using namespace custos;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/policy/data/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Policy load(const QByteArray &yaml)
{
    auto policy = Policy::fromYaml(yaml, QStringLiteral("test.yaml"));
    if (!policy)
        qFatal("fixture does not load: %s", qPrintable(policy.error().front().toString()));
    return *policy;
}

} // namespace

class TestPolicyVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIgnoresLayout()
    {
        const Policy original = load(fixture(QStringLiteral("valid/full.yaml")));
        const Policy reordered = load(fixture(QStringLiteral("valid/full_reordered.yaml")));
        QCOMPARE(reordered.canonicalForm(), original.canonicalForm());
        QCOMPARE(reordered.hash(), original.hash());
        QVERIFY(PolicyDiff::between(original.document(), reordered.document()).isEmpty());
    }

    void hashIsSha256OfCanonicalForm()
    {
        const Policy policy = load(fixture(QStringLiteral("valid/full.yaml")));
        QCOMPARE(policy.hash(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(policy.canonicalForm(), QCryptographicHash::Sha256).toHex()));
        const QJsonDocument canonical = QJsonDocument::fromJson(policy.canonicalForm());
        QVERIFY(canonical.isObject());
        // Defaults are written out, so a policy that spells them gets the same version.
        const QJsonObject firstRule = canonical[QStringLiteral("rules")][0].toObject();
        QCOMPARE(firstRule[QStringLiteral("direction")].toString(), QStringLiteral("request"));
        QCOMPARE(firstRule[QStringLiteral("conditions")][QStringLiteral("min_count")].toInt(), 1);
        QVERIFY(!policy.canonicalForm().contains('\n'));
    }

    void defaultsSpelledOutGiveTheSameHash()
    {
        const Policy implicit = load("id: d\nrules:\n  - {id: a, action: monitor}\n");
        const Policy spelled =
            load("id: d\nmode: enforce\nfailure_mode: closed\nrules:\n  - id: a\n    action: monitor\n"
                 "    direction: request\n    conditions: {min_count: 1, min_size: 0}\n"
                 "    redaction: {style: placeholder}\n    exception: {default_hours: 24, max_hours: 168}\n");
        QCOMPARE(spelled.hash(), implicit.hash());
    }

    void hashChangesWithMeaning_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("action") << QByteArray("    action: block\n") << QByteArray("    action: monitor\n");
        QTest::newRow("class") << QByteArray("classes: [SECRET]") << QByteArray("classes: [PII, SECRET]");
        QTest::newRow("message") << QByteArray("message: No secrets.") << QByteArray("message: No keys.");
        QTest::newRow("route url") << QByteArray("http://127.0.0.1:11434/v1")
                                   << QByteArray("http://127.0.0.1:11435/v1");
        QTest::newRow("retention") << QByteArray("default_days: 90") << QByteArray("default_days: 91");
    }

    void hashChangesWithMeaning()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const QByteArray original = fixture(QStringLiteral("valid/full.yaml"));
        QVERIFY(original.contains(from));
        QByteArray changed = original;
        changed.replace(from, to);
        QVERIFY(load(changed).hash() != load(original).hash());
    }

    void diffNamesRulesAndFields()
    {
        const QByteArray original = fixture(QStringLiteral("valid/full.yaml"));
        QByteArray changed = original;
        changed.replace("    action: block\n    message: No secrets.",
                        "    action: monitor\n    message: Secrets seen.");
        changed.replace("  - id: watch-responses\n    direction: response\n    action: monitor\n",
                        "  - id: watch-everything\n    direction: response\n    action: monitor\n");
        changed.replace("  local: { kind: openai", "  local: { kind: anthropic");
        changed.replace("disable: [mac_address]", "disable: [mac_address, ipv6]");
        changed.replace("title: Full policy", "title: Full policy v2");
        const PolicyDiff diff = PolicyDiff::between(load(original).document(), load(changed).document());
        QCOMPARE(diff.rulesAdded, QStringList{QStringLiteral("watch-everything")});
        QCOMPARE(diff.rulesRemoved, QStringList{QStringLiteral("watch-responses")});
        QCOMPARE(diff.rulesChanged.size(), 1u);
        QCOMPARE(diff.rulesChanged[0].ruleId, QStringLiteral("block-secrets"));
        QStringList fields;
        for (const FieldChange &change : diff.rulesChanged[0].fields)
            fields << change.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("action"), QStringLiteral("message")}));
        QCOMPARE(diff.rulesChanged[0].fields[0].before.toString(), QStringLiteral("block"));
        QCOMPARE(diff.rulesChanged[0].fields[0].after.toString(), QStringLiteral("monitor"));
        QCOMPARE(diff.routesChanged.size(), 1u);
        QCOMPARE(diff.routesChanged[0].field, QStringLiteral("local.kind"));
        QCOMPARE(diff.detectorsAdded, QStringList{QStringLiteral("disabled:ipv6")});
        QCOMPARE(diff.metadata.size(), 1u);
        QCOMPARE(diff.metadata[0].field, QStringLiteral("title"));

        const QJsonObject json = diff.toJson();
        QCOMPARE(json[QStringLiteral("rules")][QStringLiteral("added")].toArray().size(), 1);
        QVERIFY(diff.toText().contains(u"~ rule block-secrets"));
        QVERIFY(diff.toText().contains(u"action: \"block\" -> \"monitor\""));
    }

    void diffReportsMovedRules()
    {
        const Policy before =
            load("id: m\nrules:\n  - {id: a, action: monitor}\n  - {id: b, action: allow}\n");
        const Policy after =
            load("id: m\nrules:\n  - {id: b, action: allow}\n  - {id: a, action: monitor}\n");
        QVERIFY(before.hash() != after.hash()); // order decides ties, so it is part of the version
        const PolicyDiff diff = PolicyDiff::between(before.document(), after.document());
        QCOMPARE(diff.rulesChanged.size(), 2u);
        QCOMPARE(diff.rulesChanged[0].fields[0].field, QStringLiteral("order"));
    }
};

} // namespace tst_policy_version

CUSTOS_GUILESS_TEST_MAIN(tst_policy_version::TestPolicyVersion)
#include "tst_policy_version.moc"
