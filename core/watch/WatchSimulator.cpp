#include "core/watch/WatchSimulator.h"

#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

// The simulation keeps no store, so its fingerprints only have to agree with each other.
QByteArray simulationSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    return secret;
}

Result<QString> stringField(const QJsonObject &line, const QString &key, bool required)
{
    const QJsonValue value = line.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(u"\"%1\" is missing"_s.arg(key));
        return QString();
    }
    if (!value.isString())
        return fail(u"\"%1\" must be a string"_s.arg(key));
    return value.toString();
}

} // namespace

Result<std::unique_ptr<WatchSimulator>> WatchSimulator::create(const Policy &policy)
{
    auto engine = PolicyEngine::compile(policy);
    if (!engine)
        return std::unexpected(engine.error());
    return std::unique_ptr<WatchSimulator>(
        new WatchSimulator(*engine, policy.document().watch, policy.hash()));
}

WatchSimulator::WatchSimulator(std::shared_ptr<const PolicyEngine> engine, WatchSettings settings,
                               QString policyHash)
    : m_policy(std::move(engine))
    , m_fingerprinter(simulationSecret())
    , m_engine(std::move(settings), std::move(policyHash))
{}

Result<WatchObservation> WatchSimulator::observationOf(const QByteArray &line, qint64 lineNumber) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(u"not JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset + 1));
    if (!document.isObject())
        return fail(u"not a JSON object"_s);
    const QJsonObject json = document.object();
    const auto time = stringField(json, u"time"_s, true);
    const auto user = stringField(json, u"user"_s, true);
    const auto text = stringField(json, u"text"_s, true);
    const auto service = stringField(json, u"service"_s, false);
    const auto route = stringField(json, u"route"_s, false);
    const auto model = stringField(json, u"model"_s, false);
    const auto direction = stringField(json, u"direction"_s, false);
    for (const auto *field : {&time, &user, &text, &service, &route, &model, &direction})
        if (!*field)
            return std::unexpected(field->error());
    const QDateTime when = QDateTime::fromString(*time, Qt::ISODateWithMs);
    if (!when.isValid())
        return fail(u"\"time\" is not an ISO 8601 time: %1"_s.arg(*time));
    if (!direction->isEmpty() && *direction != u"request" && *direction != u"response")
        return fail(u"\"direction\" must be request or response, not %1"_s.arg(*direction));
    if (user->isEmpty())
        return fail(u"\"user\" is empty"_s);
    const qint64 timeMs = when.toMSecsSinceEpoch();
    if (WatchEngine::dayOf(timeMs) < m_engine.openDay())
        return fail(u"\"time\" %1 goes back to a day already closed"_s.arg(*time));
    WatchObservation observation;
    observation.seq = lineNumber;
    observation.timeMs = timeMs;
    observation.user = *user;
    observation.service = *service;
    if (*direction == u"response")
        return observation; // scanned live too, but what comes back is not sent out
    const EvaluationContext context{
        Direction::Request, ApiFlavor::OpenAIChat, *service, *user, {}, *model, *route, {}};
    const QJsonObject body{
        {u"model"_s, *model},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, *text}}}}};
    const Decision decision = m_policy->evaluate(context, body);
    for (const PolicyHit &hit : decision.hits) {
        const QString fingerprint = m_fingerprinter.fingerprintOf(hit.hit);
        if (!fingerprint.isEmpty())
            observation.addValue(ValueFingerprinter::valueClassOf(hit.hit.detectorId, hit.hit.dataClass),
                                 fingerprint);
    }
    return observation;
}

WatchSimulator::Summary WatchSimulator::run(QIODevice &input,
                                            const std::function<void(const WatchAlert &)> &onAlert,
                                            const std::function<void(qint64, const QString &)> &onBadLine)
{
    Summary summary;
    qint64 lastTimeMs = 0;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        ++summary.lines;
        if (line.isEmpty())
            continue;
        auto observation = observationOf(line, summary.lines);
        if (!observation) {
            ++summary.badLines;
            onBadLine(summary.lines, observation.error().message);
            continue;
        }
        lastTimeMs = std::max(lastTimeMs, observation->timeMs);
        for (const WatchAlert &alert : m_engine.observe(*observation)) {
            ++summary.alerts;
            onAlert(alert);
        }
    }
    // The last day closes too: the stream ends after it.
    for (const WatchAlert &alert : m_engine.advanceTo(lastTimeMs + WatchEngine::kDayMs)) {
        ++summary.alerts;
        onAlert(alert);
    }
    return summary;
}

} // namespace custos
