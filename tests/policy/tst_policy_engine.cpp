#include "tests/support/CustosTest.h"

#include "core/policy/PayloadText.h"
#include "core/policy/PolicyEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <atomic>
#include <thread>

namespace tst_policy_engine {

using namespace custos;

namespace {

// Realistic values the built-in detectors accept (no documentation placeholders).
const QString awsKey = QStringLiteral("AKIAQ3EGRPNW5KFZJ7TX");
const QString email = QStringLiteral("jane.doe@acme-corp.com");
const QString otherEmail = QStringLiteral("raj@globex.net");
const QString thirdEmail = QStringLiteral("li.wei@initech.org");
const QString card = QStringLiteral("4539 1488 0343 6467");

std::shared_ptr<const PolicyEngine> engineFor(QByteArray yaml)
{
    auto policy = Policy::fromYaml(yaml, QStringLiteral("engine.yaml"));
    if (!policy)
        qFatal("policy does not load: %s", qPrintable(policy.error().front().toString()));
    auto engine = PolicyEngine::compile(*policy);
    if (!engine)
        qFatal("engine does not compile: %s", qPrintable(engine.error().toString()));
    return *engine;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/policy/data/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject chat(const QStringList &userTexts)
{
    QJsonArray messages;
    for (const QString &text : userTexts)
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}});
    return QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                       {QStringLiteral("messages"), messages}};
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

EvaluationContext upstream(const QString &service = QStringLiteral("support"))
{
    EvaluationContext context;
    context.service = service;
    context.user = QStringLiteral("sam");
    context.model = QStringLiteral("gpt-4o");
    context.route = QStringLiteral("upstream");
    return context;
}

} // namespace

class TestPolicyEngine : public QObject
{
    Q_OBJECT

    std::shared_ptr<const PolicyEngine> m_engine;

private Q_SLOTS:
    void initTestCase() { m_engine = engineFor(fixture("engine.yaml")); }

    void decidesEachAction_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("deciding");
        QTest::newRow("clean") << QStringList{QStringLiteral("What is the capital of France?")} << "support"
                               << "upstream"
                               << "allow" << "";
        QTest::newRow("email redacts")
            << QStringList{QStringLiteral("Write to ") + email} << "support" << "upstream"
            << "redact" << "redact-pii";
        QTest::newRow("secret blocks")
            << QStringList{QStringLiteral("key=") + awsKey} << "support" << "upstream"
            << "block" << "block-secrets";
        QTest::newRow("block beats redact")
            << QStringList{email, QStringLiteral("key ") + awsKey} << "support"
            << "upstream" << "block" << "block-secrets";
        QTest::newRow("codename needs exception")
            << QStringList{QStringLiteral("Status of Bluebird?")} << "support"
            << "upstream" << "require_exception" << "codename-exception";
        QTest::newRow("block beats exception")
            << QStringList{QStringLiteral("Bluebird ") + awsKey} << "support"
            << "upstream" << "block" << "block-secrets";
        QTest::newRow("exception beats reroute")
            << QStringList{QStringLiteral("Bluebird: ") + email + u' ' + otherEmail + u' ' + thirdEmail}
            << "support"
            << "upstream" << "require_exception" << "codename-exception";
        QTest::newRow("three emails reroute")
            << QStringList{email, otherEmail, thirdEmail} << "support" << "upstream"
            << "reroute" << "many-emails-local";
        QTest::newRow("two emails redact")
            << QStringList{email, otherEmail} << "support" << "upstream" << "redact"
            << "redact-pii";
        QTest::newRow("route out of scope") << QStringList{email} << "support" << "local" << "allow" << "";
        QTest::newRow("ticket masked")
            << QStringList{QStringLiteral("See TICKET-1234")} << "support" << "local"
            << "redact" << "mask-tickets";
        QTest::newRow("card elsewhere")
            << QStringList{QStringLiteral("Card ") + card} << "support" << "upstream"
            << "allow" << "";
        QTest::newRow("card in billing")
            << QStringList{QStringLiteral("Card ") + card} << "billing" << "upstream"
            << "block" << "cards-in-billing";
        QTest::newRow("tie: first block rule decides")
            << QStringList{QStringLiteral("Card ") + card + u' ' + awsKey} << "billing" << "upstream"
            << "block"
            << "block-secrets";
        QTest::newRow("monitor-mode block only flags")
            << QStringList{QString(5000, u'a')} << "support" << "upstream"
            << "monitor" << "big-requests";
    }

    void decidesEachAction()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, service);
        QFETCH(QString, route);
        QFETCH(QString, action);
        QFETCH(QString, deciding);
        EvaluationContext context = upstream(service);
        context.route = route;
        const Decision decision = m_engine->evaluate(context, chat(texts));
        QCOMPARE(actionName(decision.action), action);
        QCOMPARE(decision.decidingRule, deciding);
        QCOMPARE(decision.policyHash, m_engine->policyHash());
        if (decision.action != Action::Redact)
            QCOMPARE(decision.transformedBody, chat(texts));
    }

    void blockCarriesMessageAndReroutesCarryRoute()
    {
        const Decision blocked = m_engine->evaluate(upstream(), chat({awsKey}));
        QCOMPARE(blocked.message, QStringLiteral("No secrets please."));
        QVERIFY(blocked.blocksRequest());
        QVERIFY(!blocked.failOpen);
        QCOMPARE(blocked.dataClasses(), QStringList{QStringLiteral("SECRET")});

        const Decision exception = m_engine->evaluate(upstream(), chat({QStringLiteral("Bluebird")}));
        QCOMPARE(exception.rules.front().approvers,
                 (QStringList{QStringLiteral("alice"), QStringLiteral("group:security")}));
        QVERIFY(exception.message.contains(u"alice, group:security"));
        QCOMPARE(m_engine->exceptionLimits(QStringLiteral("codename-exception"))->maxHours, 48);
        QCOMPARE(m_engine->approvers(QStringLiteral("codename-exception")).size(), 2);

        const Decision rerouted = m_engine->evaluate(upstream(), chat({email, otherEmail, thirdEmail}));
        QCOMPARE(rerouted.route, QStringLiteral("local"));
        const Decision kept = m_engine->evaluate(upstream(), chat({email}));
        QCOMPARE(kept.route, QStringLiteral("upstream"));
    }

    void monitorModeFlagsInsteadOfEnforcing()
    {
        QByteArray yaml = fixture("engine.yaml");
        yaml.replace("mode: enforce", "mode: monitor");
        const auto monitoring = engineFor(yaml);
        const Decision decision =
            monitoring->evaluate(upstream(), chat({QStringLiteral("key ") + awsKey + u' ' + email}));
        QCOMPARE(decision.action, Action::Monitor);
        QCOMPARE(decision.transformedBody, chat({QStringLiteral("key ") + awsKey + u' ' + email}));
        QVERIFY(!decision.rules.empty());
        for (const FiredRule &rule : decision.rules)
            QVERIFY2(rule.monitorOnly, qPrintable(rule.id));
        QCOMPARE(decision.rules.front().action, Action::Block); // what it would have done

        // A rule can opt back in to enforcing inside a monitoring policy.
        yaml.replace("    message: No secrets please.", "    message: No secrets please.\n    mode: enforce");
        const Decision enforced = engineFor(yaml)->evaluate(upstream(), chat({awsKey}));
        QCOMPARE(enforced.action, Action::Block);
    }

    void scopesMatch_data()
    {
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("fires");
        QTest::newRow("admin on gpt")
            << QStringList{QStringLiteral("staff"), QStringLiteral("admins")} << "gpt-4o" << true;
        QTest::newRow("admin on prefix") << QStringList{QStringLiteral("admins")} << "gpt-4.1-mini" << true;
        QTest::newRow("admin on llama") << QStringList{QStringLiteral("admins")} << "llama3" << false;
        QTest::newRow("no groups") << QStringList{} << "gpt-4o" << false;
        QTest::newRow("other group") << QStringList{QStringLiteral("staff")} << "gpt-4o" << false;
    }

    void scopesMatch()
    {
        QFETCH(QStringList, groups);
        QFETCH(QString, model);
        QFETCH(bool, fires);
        EvaluationContext context = upstream();
        context.groups = groups;
        context.model = model;
        const Decision decision = m_engine->evaluate(context, chat({QStringLiteral("hello")}));
        QCOMPARE(decision.ruleIds().contains(u"watch-admins"), fires);
        QCOMPARE(decision.action, fires ? Action::Monitor : Action::Allow);
    }

    void placeholdersAreConsistentAcrossMessages()
    {
        const QJsonObject body = chat({QStringLiteral("From ") + email + QStringLiteral(" to ") + otherEmail,
                                       QStringLiteral("Reply to ") + email + QStringLiteral(" now")});
        QByteArray yaml = fixture("engine.yaml");
        yaml.replace("min_count: 3", "min_count: 4"); // three hits would otherwise reroute
        const Decision decision = engineFor(yaml)->evaluate(upstream(), body);
        QCOMPARE(decision.action, Action::Redact);
        const QJsonArray messages = decision.transformedBody[QStringLiteral("messages")].toArray();
        QCOMPARE(messages[0][QStringLiteral("content")].toString(),
                 QStringLiteral("From [EMAIL_1] to [EMAIL_2]"));
        QCOMPARE(messages[1][QStringLiteral("content")].toString(), QStringLiteral("Reply to [EMAIL_1] now"));
        QCOMPARE(messages[0][QStringLiteral("role")].toString(), QStringLiteral("user"));
        QCOMPARE(decision.transformedBody[QStringLiteral("model")].toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(decision.hits.size(), 3u);
        QCOMPARE(decision.hits[0].path, QStringLiteral("$.messages[0].content"));
        QCOMPARE(decision.hits[2].path, QStringLiteral("$.messages[1].content"));
    }

    void masksKeepLengthAndCodePoints()
    {
        EvaluationContext context = upstream();
        context.route = QStringLiteral("local");
        const QString text = QStringLiteral("😀 über TICKET-1234 done");
        const Decision decision = m_engine->evaluate(context, chat({text}));
        QCOMPARE(decision.action, Action::Redact);
        QCOMPARE(decision.hits.size(), 1u);
        QCOMPARE(decision.hits[0].hit.start, 7); // code points: the emoji counts once
        QCOMPARE(
            decision.transformedBody[QStringLiteral("messages")][0][QStringLiteral("content")].toString(),
            QStringLiteral("😀 über *********** done"));
    }

    // Every text location of every API flavor: tests/policy/data/payload_locations.json holds one
    // body per location with EMAIL where the address goes, and the JSON path the hit must report.
    void walksEveryLocation_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("path");
        QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/policy/data/payload_locations.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(cases.size() >= 20);
        for (const QJsonValue &value : cases) {
            const QJsonObject entry = value.toObject();
            const QString api = entry[QStringLiteral("api")].toString();
            int flavor = -1;
            for (ApiFlavor candidate :
                 {ApiFlavor::OpenAIChat, ApiFlavor::OpenAIResponses, ApiFlavor::OpenAICompletions,
                  ApiFlavor::OpenAIEmbeddings, ApiFlavor::AnthropicMessages}) {
                if (apiFlavorName(candidate) == api)
                    flavor = int(candidate);
            }
            QVERIFY2(flavor >= 0, qPrintable(api));
            const QString body =
                compact(entry[QStringLiteral("body")].toObject()).replace(QStringLiteral("EMAIL"), email);
            QTest::newRow(qPrintable(entry[QStringLiteral("name")].toString()))
                << flavor << int(*directionFromName(entry[QStringLiteral("direction")].toString())) << body
                << entry[QStringLiteral("path")].toString();
        }
    }

    void walksEveryLocation()
    {
        QFETCH(int, api);
        QFETCH(int, direction);
        QFETCH(QString, body);
        QFETCH(QString, path);
        const QJsonObject payload = json(body);
        QVERIFY(!payload.isEmpty());
        EvaluationContext context = upstream();
        context.api = ApiFlavor(api);
        context.direction = Direction(direction);
        const Decision decision = m_engine->evaluate(context, payload);
        QCOMPARE(decision.hits.size(), 1u);
        QCOMPARE(decision.hits[0].path, path);
        QCOMPARE(decision.hits[0].hit.text, email);
        if (context.direction == Direction::Request) {
            QCOMPARE(decision.action, Action::Redact);
            const QString redacted = compact(decision.transformedBody);
            QVERIFY2(!redacted.contains(email), qPrintable(redacted));
            QVERIFY2(redacted.contains(u"[EMAIL_1]"), qPrintable(redacted));
        }
    }

    // Only the allowlisted structural fields are skipped, and only with the shape they always have:
    // a message name, an image URL and a "model" that is no model name are scanned.
    void scansAllButStructuralShapes()
    {
        const QJsonObject part{
            {QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"),
             QJsonObject{{QStringLiteral("url"), QString(QStringLiteral("https://x.test/?m=") + email)}}}};
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")},
                                  {QStringLiteral("name"), email},
                                  {QStringLiteral("content"), QJsonArray{part}}};
        const QJsonObject body{{QStringLiteral("model"), email},
                               {QStringLiteral("messages"), QJsonArray{message}}};
        const Decision decision = m_engine->evaluate(upstream(), body);
        QStringList paths;
        for (const PolicyHit &hit : decision.hits)
            paths << hit.path;
        QCOMPARE(paths, QStringList({QStringLiteral("$.messages[0].content[0].image_url.url"),
                                     QStringLiteral("$.messages[0].name"), QStringLiteral("$.model")}));
        QStringList texts;
        QJsonObject plain = body;
        plain.insert(QStringLiteral("model"), QStringLiteral("gpt-4o-mini"));
        for (const TextLocation &location : PayloadText::collect(plain))
            texts << location.path();
        QVERIFY2(!texts.contains(QStringLiteral("$.model")) &&
                     !texts.contains(QStringLiteral("$.messages[0].role")) &&
                     !texts.contains(QStringLiteral("$.messages[0].content[0].type")),
                 qPrintable(texts.join(u", ")));
    }

    void responsesUseResponseRules()
    {
        EvaluationContext context = upstream();
        context.direction = Direction::Response;
        const QJsonObject message{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), QStringLiteral("Use %1 or mail %2").arg(awsKey, email)}};
        const QJsonObject body{
            {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("message"), message}}}}};
        const Decision decision = m_engine->evaluate(context, body);
        QCOMPARE(decision.action, Action::Redact);
        QCOMPARE(decision.decidingRule, QStringLiteral("response-secrets"));
        QCOMPARE(decision
                     .transformedBody[QStringLiteral("choices")][0][QStringLiteral("message")]
                                     [QStringLiteral("content")]
                     .toString(),
                 QStringLiteral("Use ******************** or mail ") + email);
    }

    void exposesRoutesAndRetention()
    {
        QCOMPARE(m_engine->allowedModels(), (QStringList{QStringLiteral("claude-*"), QStringLiteral("gpt-4o"),
                                                         QStringLiteral("llama3")}));
        QCOMPARE(m_engine->routeForModel(QStringLiteral("claude-sonnet-4-5"))->name,
                 QStringLiteral("claude"));
        QCOMPARE(m_engine->routeForModel(QStringLiteral("gpt-4o"))->kind, RouteKind::OpenAI);
        QVERIFY(!m_engine->routeForModel(QStringLiteral("mistral")));
        QCOMPARE(m_engine->retentionDays(QStringLiteral("x"), {QStringLiteral("SECRET")}), 10);
        QCOMPARE(m_engine->retentionDays(QStringLiteral("x"), {QStringLiteral("PII")}), 60);
    }

    void evaluatesFromManyThreads()
    {
        const std::vector<QJsonObject> bodies{
            chat({email}), chat({awsKey}), chat({QStringLiteral("Bluebird")}),
            chat({email, otherEmail, thirdEmail}), chat({QStringLiteral("plain")})};
        std::vector<QString> expected;
        for (const QJsonObject &body : bodies)
            expected.push_back(compact(m_engine->evaluate(upstream(), body).transformedBody) +
                               actionName(m_engine->evaluate(upstream(), body).action));
        std::atomic<int> mismatches = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 300; ++i) {
                    const std::size_t which = std::size_t(i + t) % bodies.size();
                    const Decision decision = m_engine->evaluate(upstream(), bodies[which]);
                    if (compact(decision.transformedBody) + actionName(decision.action) != expected[which])
                        ++mismatches;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void starterPolicyBlocksKeysAndRedactsEmails()
    {
        QFile file(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/policies/starter.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto starter = engineFor(file.readAll());
        const Decision blocked = starter->evaluate(upstream(), chat({QStringLiteral("my key is ") + awsKey}));
        QCOMPARE(blocked.action, Action::Block);
        QCOMPARE(blocked.decidingRule, QStringLiteral("block-secrets"));
        const Decision redacted = starter->evaluate(upstream(), chat({QStringLiteral("mail ") + email}));
        QCOMPARE(redacted.action, Action::Redact);
        QCOMPARE(
            redacted.transformedBody[QStringLiteral("messages")][0][QStringLiteral("content")].toString(),
            QStringLiteral("mail [EMAIL_1]"));
        const Decision plain = starter->evaluate(upstream(), chat({QStringLiteral("hello")}));
        QCOMPARE(plain.action, Action::Monitor);
        QCOMPARE(plain.decidingRule, QStringLiteral("monitor-requests"));
    }
};

} // namespace tst_policy_engine

CUSTOS_GUILESS_TEST_MAIN(tst_policy_engine::TestPolicyEngine)
#include "tst_policy_engine.moc"
