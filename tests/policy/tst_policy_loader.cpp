#include "tests/support/CustosTest.h"

#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "core/policy/detectors/DetectorSet.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace tst_policy_loader {

using namespace custos;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(CUSTOS_SOURCE_DIR "/tests/policy/data/") + name;
}

QString joined(const PolicyErrors &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines << error.toString();
    return lines.join(u'\n');
}

} // namespace

class TestPolicyLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryKey()
    {
        const auto policy = Policy::fromFile(dataFile(QStringLiteral("valid/full.yaml")));
        QVERIFY2(policy, policy ? "" : qPrintable(joined(policy.error())));
        const PolicyDocument &document = policy->document();
        QCOMPARE(document.id, QStringLiteral("full"));
        QCOMPARE(document.failureMode, FailureMode::Open);
        QCOMPARE(document.detectors.disabled, QStringList{QStringLiteral("mac_address")});
        QCOMPARE(document.detectors.overrides.value(QStringLiteral("ipv4")).dataClass,
                 QStringLiteral("CONFIDENTIAL"));
        QCOMPARE(document.detectors.custom.size(), 2u);
        QCOMPARE(document.detectors.custom[1].keywords.size(), 2);
        QCOMPARE(document.dataClasses.size(), 5);
        QCOMPARE(document.routes.size(), 3u);
        QCOMPARE(document.rules.size(), 5u);
        const PolicyRule &reroute = document.rules[2];
        QCOMPARE(reroute.action, Action::Reroute);
        QCOMPARE(reroute.route, QStringLiteral("local"));
        QCOMPARE(reroute.conditions.minCount, 3);
        QCOMPARE(reroute.conditions.maxSize, std::optional<qint64>(100000));
        QCOMPARE(reroute.scope.services, QStringList{QStringLiteral("billing")});
        const PolicyRule &exception = document.rules[1];
        QCOMPARE(exception.approvers,
                 (QStringList{QStringLiteral("alice"), QStringLiteral("group:security")}));
        QCOMPARE(exception.exception.maxHours, 72);
        QCOMPARE(document.rules[3].mode, std::optional(PolicyMode::Monitor));
        QCOMPARE(document.rules[3].redaction, RedactionStyle::Mask);
        QCOMPARE(document.rules[4].direction, Direction::Response);
        QCOMPARE(document.retention.classes.value(QStringLiteral("SECRET")), 7);
        QCOMPARE(policy->retentionDays(QStringLiteral("billing"), {}), 30);
        QCOMPARE(policy->retentionDays(QStringLiteral("other"), {QStringLiteral("SECRET")}), 7);
        QCOMPARE(policy->hash().size(), 64);
    }

    void starterPolicyIsValid()
    {
        const auto policy =
            Policy::fromFile(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
        QVERIFY2(policy, policy ? "" : qPrintable(joined(policy.error())));
        QVERIFY(policy->document().route(QStringLiteral("upstream")));
        QCOMPARE(policy->document().route(QStringLiteral("upstream"))->kind, RouteKind::OpenAI);
        QCOMPARE(policy->document().route(QStringLiteral("anthropic"))->kind, RouteKind::Anthropic);
    }

    void reportsLocatedErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char *file, int line, int column, const char *fragment) {
            QTest::newRow(file) << QString::fromLatin1(file) << line << column << QString::fromUtf8(fragment);
        };
        row("malformed.yaml", 5, 1, "malformed YAML");
        row("wrong_types.yaml", 6, 16, "classes must be a list, found 'SECRET'");
        row("unknown_key.yaml", 6, 5, "unknown key 'actoin' in a rule");
        row("unknown_detector.yaml", 6, 26, "unknown detector 'no_such_detector'");
        row("bad_pattern.yaml", 6, 16, "invalid RE2 pattern for detector 'broken': missing )");
        row("unknown_route.yaml", 8, 12, "reroutes to unknown route 'nowhere'");
        row("no_approvers.yaml", 5, 13, "requires an exception but names no approvers");
        row("never_fires_class.yaml", 5, 17,
            "can never fire: no enabled detector produces class 'BIOMETRIC'");
        row("min_gt_max.yaml", 4, 29, "min_size (500) is larger than max_size (100)");
        row("scope_unknown_route.yaml", 7, 26, "scope names unknown route 'elsewhere'");
        row("duplicate_rule.yaml", 5, 9, "duplicate rule id 'a'");
        row("duplicate_detector.yaml", 7, 11, "duplicate detector id 'mine'");
        row("builtin_clash.yaml", 4, 11, "a built-in detector has it");
        row("disabled_detector.yaml", 6, 31, "detector 'email' is disabled");
        row("bad_enum.yaml", 2, 7, "mode must be one of enforce, monitor, not 'strict'");
        row("not_a_map.yaml", 1, 1, "the policy must be a mapping");
        row("unknown_phone_region.yaml", 3, 27, "unknown phone region 'XX'");
        row("uk_phone_region.yaml", 5, 7, "unknown phone region 'UK': use an ISO 3166-1 alpha-2 code");
    }

    void reportsLocatedErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        const QString path = dataFile(QStringLiteral("invalid/") + file);
        const auto policy = Policy::fromFile(path);
        QVERIFY2(!policy, "an invalid policy was accepted");
        const auto found = std::ranges::find_if(
            policy.error(), [&](const Error &error) { return error.message.contains(fragment); });
        QVERIFY2(found != policy.error().end(), qPrintable(joined(policy.error())));
        QCOMPARE(found->file, path);
        QCOMPARE(found->line, line);
        QCOMPARE(found->column, column);
        QVERIFY(found->toString().startsWith(path + u':' + QString::number(line) + u':' +
                                             QString::number(column) + u": "));
    }

    // The regions reach the phone detector in order: a Swedish national number is a phone
    // only once SE is named, and its E.164 form says +46.
    void phoneRegionsReachTheDetector()
    {
        const QString text = QStringLiteral("Numret 08-928 571 38 i morgon");
        const auto withoutSweden = Policy::fromYaml("id: a\ndetectors:\n  phone_regions: [US]\n");
        QVERIFY2(withoutSweden, withoutSweden ? "" : qPrintable(joined(withoutSweden.error())));
        const auto usEngine = PolicyEngine::compile(*withoutSweden);
        QVERIFY(usEngine);
        QVERIFY(!(*usEngine)->detectors()->containsAny(text));

        const auto swedish = Policy::fromYaml("id: a\ndetectors:\n  phone_regions: [SE, US]\n");
        QVERIFY2(swedish, swedish ? "" : qPrintable(joined(swedish.error())));
        const auto seEngine = PolicyEngine::compile(*swedish);
        QVERIFY(seEngine);
        const std::vector<DetectorHit> hits = (*seEngine)->detectors()->scan(text);
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits[0].detectorId, QStringLiteral("phone_number"));
        QCOMPARE(hits[0].text, QStringLiteral("08-928 571 38"));
        QCOMPARE(hits[0].normalized, QStringLiteral("+46892857138"));
    }

    // Regions are part of the version (their order decides a number's country), and a policy
    // that names none keeps the canonical form, and so the version id, it had before.
    void phoneRegionsInCanonicalForm()
    {
        const auto none = Policy::fromYaml("id: a\n");
        const auto some = Policy::fromYaml("id: a\ndetectors:\n  phone_regions: [SE, US]\n");
        const auto swapped = Policy::fromYaml("id: a\ndetectors:\n  phone_regions: [US, SE]\n");
        QVERIFY(none && some && swapped);
        QVERIFY(!none->canonicalForm().contains("phone_regions"));
        QVERIFY(some->canonicalForm().contains(R"("phone_regions":["SE","US"])"));
        QVERIFY(some->hash() != none->hash());
        QVERIFY(some->hash() != swapped->hash());
    }

    void collectsEveryError()
    {
        const auto policy = Policy::fromFile(dataFile(QStringLiteral("invalid/multiple.yaml")));
        QVERIFY(!policy);
        const QString all = joined(policy.error());
        for (const char *fragment : {"unknown route 'missing'", "names no approvers", "duplicate rule id 'a'",
                                     "unknown detector 'ghost'", "unknown key 'colour'"})
            QVERIFY2(all.contains(QLatin1StringView(fragment)), qPrintable(all));
        for (qsizetype i = 1; i < qsizetype(policy.error().size()); ++i)
            QVERIFY(policy.error()[i - 1].line <= policy.error()[i].line);
    }

    void rejectsWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("rules not a list")
            << QByteArray("id: x\nrules: {a: 1}\n") << "rules must be a list, found a mapping";
        QTest::newRow("min_count text")
            << QByteArray("id: x\nrules:\n  - id: a\n    action: monitor\n    conditions: "
                          "{min_count: many}\n")
            << "min_count must be an integer, found 'many'";
        QTest::newRow("min_count zero")
            << QByteArray("id: x\nrules:\n  - id: a\n    action: monitor\n    conditions: "
                          "{min_count: 0}\n")
            << "min_count must be at least 1";
        QTest::newRow("id as list") << QByteArray("id: [a, b]\n") << "id must be a string, found a list";
        QTest::newRow("route kind") << QByteArray("id: x\nroutes:\n  r: {kind: grpc, base_url: 'http://x'}\n")
                                    << "kind must be one of openai, anthropic";
        QTest::newRow("missing base_url")
            << QByteArray("id: x\nroutes:\n  r: {kind: openai}\n") << "needs a 'base_url'";
        QTest::newRow("confidence text") << QByteArray("id: x\ndetectors:\n  custom:\n    - {id: c, class: "
                                                       "PII, keywords: [k], confidence: high}\n")
                                         << "confidence must be a number";
        QTest::newRow("context_required")
            << QByteArray("id: x\ndetectors:\n  custom:\n    - {id: c, class: PII, "
                          "pattern: 'a+', context_required: maybe}\n")
            << "context_required must be true or false";
        QTest::newRow("no id") << QByteArray("title: x\n") << "the policy needs an 'id'";
        QTest::newRow("rule without action")
            << QByteArray("id: x\nrules:\n  - id: a\n") << "needs an 'action'";
        QTest::newRow("duplicate key") << QByteArray("id: x\nid: y\n") << "duplicate key 'id'";
        QTest::newRow("empty") << QByteArray("# nothing\n") << "the policy is empty";
        QTest::newRow("pattern and keywords")
            << QByteArray(
                   "id: x\ndetectors:\n  custom:\n    - {id: c, class: PII, pattern: 'a', keywords: [b]}\n")
            << "either a 'pattern' or 'keywords', not both";
        QTest::newRow("unknown validator") << QByteArray("id: x\ndetectors:\n  custom:\n    - {id: c, class: "
                                                         "PII, pattern: 'a[0-9]', validator: nope}\n")
                                           << "unknown validator 'nope'";
        QTest::newRow("empty-matching pattern")
            << QByteArray("id: x\ndetectors:\n  custom:\n    - {id: c, class: PII, pattern: 'a*'}\n")
            << "matches empty text";
        QTest::newRow("redact without conditions")
            << QByteArray("id: x\nrules:\n  - {id: a, action: redact}\n") << "nothing to redact";
        QTest::newRow("reroute response")
            << QByteArray("id: x\nroutes:\n  r: {kind: openai, base_url: 'http://x'}\n"
                          "rules:\n  - {id: a, direction: response, action: reroute, "
                          "route: r}\n")
            << "a response cannot be rerouted";
        QTest::newRow("undeclared class")
            << QByteArray("id: x\ndetectors:\n  custom:\n    - {id: c, class: SECRETS, "
                          "keywords: [k]}\n")
            << "unknown data class 'SECRETS'";
    }

    void rejectsWrongTypes()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, fragment);
        const auto policy = Policy::fromYaml(yaml, QStringLiteral("inline.yaml"));
        QVERIFY2(!policy, "an invalid policy was accepted");
        QVERIFY2(joined(policy.error()).contains(fragment), qPrintable(joined(policy.error())));
        for (const Error &error : policy.error())
            QVERIFY2(error.line > 0, qPrintable(error.toString()));
    }

    void refusesFilesOverFiveMegabytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = "# " + QByteArray(1022, 'x') + '\n';
        file.write("id: huge\n");
        for (int i = 0; i < 5 * 1024 + 1; ++i)
            file.write(line);
        file.close();
        const auto policy = Policy::fromFile(path);
        QVERIFY(!policy);
        QVERIFY2(policy.error().front().message.contains(u"limited to 5242880 bytes"),
                 qPrintable(joined(policy.error())));
        QVERIFY(!Policy::fromYaml(QByteArray(Policy::MaxPolicyBytes + 1, ' ')));
    }

    void missingFileIsAnError()
    {
        const auto policy = Policy::fromFile(dataFile(QStringLiteral("does-not-exist.yaml")));
        QVERIFY(!policy);
        QVERIFY(policy.error().front().message.contains(u"no such file"));
    }
};

} // namespace tst_policy_loader

CUSTOS_GUILESS_TEST_MAIN(tst_policy_loader::TestPolicyLoader)
#include "tst_policy_loader.moc"
