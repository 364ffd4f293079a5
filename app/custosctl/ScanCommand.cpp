#include "Command.h"
#include "CommandRegistry.h"

#include "core/policy/PolicyEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace custos::ctl::scan {
namespace {

struct ScanInput
{
    qint64 lineNumber = 0;
    QString text;
    QString error; // set when the line cannot be scanned
};

QJsonObject hitsAndDecision(const Decision &decision)
{
    QJsonArray hits;
    for (const PolicyHit &found : decision.hits) {
        const DetectorHit &hit = found.hit;
        hits.append(QJsonObject{{QStringLiteral("detector"), hit.detectorId},
                                {QStringLiteral("class"), hit.dataClass},
                                {QStringLiteral("start"), hit.start},
                                {QStringLiteral("end"), hit.end},
                                {QStringLiteral("text"), hit.text},
                                {QStringLiteral("confidence"), hit.confidence}});
    }
    QJsonArray rules;
    for (const FiredRule &rule : decision.rules)
        rules.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                 {QStringLiteral("action"), actionName(rule.action)},
                                 {QStringLiteral("monitor_only"), rule.monitorOnly}});
    QJsonObject decided{{QStringLiteral("action"), actionName(decision.action)},
                        {QStringLiteral("rules"), rules},
                        {QStringLiteral("policy"), decision.policyHash}};
    if (!decision.message.isEmpty())
        decided.insert(QStringLiteral("message"), decision.message);
    if (decision.action == Action::Reroute)
        decided.insert(QStringLiteral("route"), decision.route);
    if (decision.action == Action::Redact)
        decided.insert(QStringLiteral("redacted"), decision.transformedBody.value(QStringLiteral("text")));
    return QJsonObject{{QStringLiteral("hits"), hits}, {QStringLiteral("decision"), decided}};
}

// One input line: plain text as is, or the "text" of a JSON object. Invalid UTF-8 and malformed
// JSON become errors that name the line.
ScanInput readInput(QByteArray line, qint64 lineNumber, bool jsonl)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    ScanInput input{lineNumber, {}, {}};
    if (!QUtf8StringView(line).isValidUtf8()) {
        input.error = QStringLiteral("invalid UTF-8");
        return input;
    }
    if (!jsonl) {
        input.text = QString::fromUtf8(line);
        return input;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        input.error = QStringLiteral("malformed JSON at column %1: %2")
                          .arg(parseError.offset + 1)
                          .arg(parseError.errorString());
    else if (!json.isObject() || !json.object().value(QStringLiteral("text")).isString())
        input.error = QStringLiteral("expected an object with a string \"text\"");
    else
        input.text = json.object().value(QStringLiteral("text")).toString();
    return input;
}

EvaluationContext contextFrom(const QCommandLineParser &parser, const PolicyEngine &engine, bool *ok)
{
    EvaluationContext context;
    const auto direction = directionFromName(parser.value(QStringLiteral("direction")));
    *ok = direction.has_value();
    context.direction = direction.value_or(Direction::Request);
    context.service = parser.value(QStringLiteral("service"));
    context.user = parser.value(QStringLiteral("user"));
    context.groups = parser.values(QStringLiteral("group"));
    context.model = parser.value(QStringLiteral("model"));
    context.route = parser.value(QStringLiteral("route"));
    // Without a route, scan as the request would travel: the model's route, else the first route.
    if (context.route.isEmpty()) {
        if (const RouteSpec *route = engine.routeForModel(context.model))
            context.route = route->name;
        else if (!engine.policy().document().routes.empty())
            context.route = engine.policy().document().routes.front().name;
    }
    return context;
}

int scanStream(QIODevice &input, const QString &inputName, bool jsonl, const PolicyEngine &engine,
               const EvaluationContext &context)
{
    int failures = 0;
    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        QByteArray raw = input.readLine();
        if (raw.isEmpty())
            break; // stdin reports atEnd() late; a real empty line still holds its '\n'
        const ScanInput line = readInput(std::move(raw), ++lineNumber, jsonl);
        QJsonObject result{{QStringLiteral("line"), line.lineNumber}};
        if (!line.error.isEmpty()) {
            ++failures;
            err() << inputName << ':' << line.lineNumber << ": " << line.error << Qt::endl;
            result.insert(QStringLiteral("error"), line.error);
        } else {
            const QJsonObject scanned = hitsAndDecision(engine.evaluateText(context, line.text));
            for (auto it = scanned.begin(); it != scanned.end(); ++it)
                result.insert(it.key(), it.value());
        }
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    }
    out() << Qt::flush;
    if (failures > 0)
        err() << inputName << ": " << failures << " of " << lineNumber << " lines could not be scanned"
              << Qt::endl;
    return failures > 0 ? ExitFailure : ExitOk;
}

class ScanCommand : public Command
{
public:
    ScanCommand()
        : Command(QStringLiteral("scan"),
                  QStringLiteral(
                      "Scan text with a policy's detectors and rules; one JSON line out per input line."))
    {
        addPositionalArgument(QStringLiteral("FILE"),
                              QStringLiteral("Input, or - for standard input (default)."),
                              QStringLiteral("[FILE|-]"));
        addOptions({m_policy, m_jsonl});
        addOptions(m_context);
    }

protected:
    int execute(const QCommandLineParser &parser) override;

private:
    const QCommandLineOption m_policy{QStringLiteral("policy"), QStringLiteral("Policy file (required)."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption m_jsonl{QStringLiteral("jsonl"),
                                     QStringLiteral("Input is JSON lines {\"text\": ...}.")};
    const QList<QCommandLineOption> m_context{
        {QStringLiteral("direction"), QStringLiteral("request or response."), QStringLiteral("DIRECTION"),
         QStringLiteral("request")},
        {QStringLiteral("service"), QStringLiteral("Service the text comes from."), QStringLiteral("NAME")},
        {QStringLiteral("user"), QStringLiteral("User the text comes from."), QStringLiteral("NAME")},
        {QStringLiteral("group"), QStringLiteral("A group of the user (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("model"), QStringLiteral("Model the text is for."), QStringLiteral("NAME")},
        {QStringLiteral("route"),
         QStringLiteral("Route the text travels (default: the model's, else the first)."),
         QStringLiteral("NAME")}};
};

int ScanCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_policy) || parser.positionalArguments().size() > 1)
        return complain(QStringLiteral("usage: custosctl scan --policy FILE [--jsonl] [FILE|-]"), ExitUsage);

    const QString policyPath = parser.value(m_policy);
    if (const QFileInfo info(policyPath); !info.isFile() || !info.isReadable()) {
        err() << policyPath << ": cannot read the policy file" << Qt::endl;
        return ExitIoError;
    }
    const auto policy = Policy::fromFile(policyPath);
    if (!policy) {
        for (const Error &error : policy.error())
            err() << error.toString() << '\n';
        err() << Qt::flush;
        return ExitFailure;
    }
    const auto engine = PolicyEngine::compile(*policy);
    if (!engine) {
        err() << policyPath << ": " << engine.error().toString() << Qt::endl;
        return ExitFailure;
    }
    bool directionOk = false;
    const EvaluationContext evaluationContext = contextFrom(parser, **engine, &directionOk);
    if (!directionOk)
        return complain(QStringLiteral("--direction must be request or response"), ExitUsage);

    const QString inputPath = parser.positionalArguments().value(0, QStringLiteral("-"));
    QFile input;
    const bool opened = inputPath == u"-" ? input.open(stdin, QIODevice::ReadOnly)
                                          : (input.setFileName(inputPath), input.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << inputPath << ": cannot read: " << input.errorString() << Qt::endl;
        return ExitIoError;
    }
    const QString inputName = inputPath == u"-" ? QStringLiteral("<stdin>") : inputPath;
    return scanStream(input, inputName, parser.isSet(m_jsonl), **engine, evaluationContext);
}

const CommandRegistration registration{QStringLiteral("scan text with a policy's detectors and rules"),
                                       std::make_shared<ScanCommand>()};

} // namespace
} // namespace custos::ctl::scan
