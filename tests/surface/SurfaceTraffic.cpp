#include "SurfaceTraffic.h"

#include "core/exceptions/ExceptionBook.h"
#include "core/policy/Policy.h"
#include "core/publishing/PolicyVersions.h"
#include "gateway/ActivePolicyEnforcer.h"
#include "gateway/InteractionRecord.h"
#include "gateway/StoreEvidenceSink.h"

#include <QJsonArray>
#include <QUuid>

#include <future>

using namespace Qt::StringLiterals;

namespace custos {

SurfaceTraffic::SurfaceTraffic() = default;
SurfaceTraffic::~SurfaceTraffic() = default;

QByteArray SurfaceTraffic::policyYaml()
{
    return R"(id: surface-test
title: Surface test policy
mode: enforce
failure_mode: closed
data_classes:
  PII: Personal data
  PCI: Payment card data
  SECRET: Credentials
routes:
  upstream:
    kind: openai
    base_url: http://127.0.0.1:9/v1
    models: [gpt-4o]
  claude:
    kind: anthropic
    base_url: http://127.0.0.1:9
    models: [claude-sonnet-4-5]
rules:
  - id: block-secrets
    direction: request
    conditions:
      classes: [SECRET]
    action: block
    approvers: [olivia]
  - id: would-block-cards
    direction: request
    conditions:
      classes: [PCI]
    action: block
    mode: monitor
  - id: redact-personal-data-for-claude
    direction: request
    scope:
      routes: [claude]
    conditions:
      classes: [PII]
    action: redact
  - id: monitor-requests
    direction: request
    action: monitor
)";
}

KeySource SurfaceTraffic::key()
{
    return KeySource::rawKey(
        QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"));
}

Result<void> SurfaceTraffic::create(const QString &path)
{
    auto created = EvidenceStore::create(path, key());
    if (!created)
        return std::unexpected(created.error());
    m_store = std::shared_ptr<EvidenceStore>(std::move(*created));
    auto policy = Policy::fromYaml(policyYaml(), u"surface-test.yaml"_s);
    if (!policy)
        return fail(u"the surface test policy: %1"_s.arg(policy.error().front().toString()));
    if (auto recorded = PolicyVersions(*m_store, nullptr).recordLoadedFile(*policy, u"surface-test.yaml"_s);
        !recorded)
        return std::unexpected(recorded.error());
    m_enforcer = std::make_unique<ActivePolicyEnforcer>(m_store);
    if (auto refreshed = m_enforcer->refreshNow(); !refreshed)
        return refreshed;
    m_sink = std::make_unique<StoreEvidenceSink>(m_store);
    return {};
}

Result<qint64> SurfaceTraffic::record(const Request &request)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EnforcementContext context;
    context.direction = Direction::Request;
    context.api = ApiFlavor::OpenAIChat;
    context.service = request.service;
    context.user = request.user;
    context.model = request.model;
    context.route = m_enforcer->routeForModel(request.model);
    context.interactionId = id;
    if (!request.exceptionIds.isEmpty())
        context.exemptRules = {u"block-secrets"_s}; // what the approved exception lifts
    const QJsonObject body{
        {u"model"_s, request.model},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, request.text}}}}};
    const Enforcement enforcement = m_enforcer->evaluate(context, body);
    InteractionRecord record(id, u"/v1/chat/completions"_s);
    record.setCaller({request.user, request.service, u"custos_test"_s});
    record.setApi(ApiFlavor::OpenAIChat, false);
    record.setModel(request.model);
    record.setRoute(context.route);
    record.setPolicyHash(m_enforcer->policyHash());
    if (!request.exceptionIds.isEmpty())
        record.setExceptions(request.exceptionIds, {u"block-secrets"_s});
    record.addDecision(Direction::Request, enforcement);
    const bool stopped =
        enforcement.action == Action::Block || enforcement.action == Action::RequireException;
    // As ProxyExchange records it: `true` when passed on unchanged, the redacted body, or nothing.
    record.setRequest(body, stopped                   ? QJsonValue()
                            : enforcement.bodyChanged ? QJsonValue(enforcement.body)
                                                      : QJsonValue(true));
    if (!stopped) {
        const QJsonObject reply{
            {u"choices"_s, QJsonArray{QJsonObject{{u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                             {u"content"_s, u"Done."_s}}}}}}};
        record.setResponse(reply, reply);
    }
    record.setOutcome(stopped ? 403 : 200, {});
    std::promise<Result<qint64>> durable;
    auto done = durable.get_future();
    m_sink->append(record.toEvent(), [&durable](Result<qint64> seq) { durable.set_value(std::move(seq)); });
    return done.get();
}

Result<qint64> SurfaceTraffic::append(EvidenceEvent event)
{
    return m_store->append(std::move(event));
}

Result<QString> SurfaceTraffic::recordExceptionFunnel()
{
    ExceptionBook book(
        [](const QString &rule) {
            return rule == u"block-secrets"_s
                       ? std::optional(ExceptionRulePolicy{{u"olivia"_s}, 24, 168, false, {}})
                       : std::nullopt;
        },
        [](const QString &) { return QStringList(); });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto keep = [&](const Result<ExceptionEvent> &made) -> Result<QString> {
        if (!made)
            return std::unexpected(made.error());
        EvidenceEvent event;
        event.kind = *eventKindFromName(made->ledgerKind);
        event.actor = made->actor;
        event.payload = made->payload;
        event.exceptionId = made->payload.value(u"exception_id").toString();
        if (auto appended = append(event); !appended)
            return std::unexpected(appended.error());
        if (auto applied = book.apply(made->payload); !applied)
            return std::unexpected(applied.error());
        return event.exceptionId;
    };
    QStringList ids;
    for (const QString &user : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}) {
        const NewExceptionRequest request{user,
                                          ExceptionScope{{u"block-secrets"_s}, {user}, {}, {}, {}, {}, {}},
                                          u"deploying the release pipeline"_s,
                                          3600,
                                          {}};
        auto id = keep(book.request(request, now));
        if (!id)
            return id;
        ids.append(*id);
    }
    for (int i : {0, 1}) {
        if (auto approved = keep(book.approve(ids[i], u"olivia"_s, {}, now)); !approved)
            return approved;
    }
    if (auto rejected = keep(book.reject(ids[2], u"olivia"_s, u"use the vault instead"_s, now)); !rejected)
        return rejected;
    const auto claim = book.claim(
        ExceptionSubject{
            u"block-secrets"_s, u"alice"_s, u"billing"_s, u"gpt-4o"_s, u"upstream"_s, {u"SECRET"_s}, {}, {}},
        now);
    if (!claim)
        return fail(u"the approved exception does not cover alice's request"_s);
    EvidenceEvent used;
    used.kind = *eventKindFromName(claim->usedEvent.ledgerKind);
    used.actor = claim->usedEvent.actor;
    used.payload = claim->usedEvent.payload;
    used.exceptionId = ids[0];
    if (auto appended = append(used); !appended)
        return std::unexpected(appended.error());
    return ids[0];
}

Result<void> SurfaceTraffic::recordSampleDay()
{
    const QList<Request> requests{
        {u"alice"_s, u"billing"_s, u"gpt-4o"_s, u"Summarise the notes of the planning meeting"_s, {}},
        {u"alice"_s, u"billing"_s, u"gpt-4o"_s, u"Write to jane.doe@example.com about the invoice"_s, {}},
        {u"alice"_s,
         u"billing"_s,
         u"claude-sonnet-4-5"_s,
         u"Ask max.mustermann@example.org and jane.doe@example.com"_s,
         {}},
        {u"bob"_s, u"support"_s, u"gpt-4o"_s, u"Refund card 4111 1111 1111 1111 for the customer"_s, {}},
        {u"bob"_s,
         u"support"_s,
         u"gpt-4o"_s,
         u"Check card 5500 0000 0000 0004 and 4012 8888 8888 1881"_s,
         {}},
        {u"carol"_s, u"support"_s, u"claude-sonnet-4-5"_s, u"Translate this paragraph into German"_s, {}},
        {u"carol"_s, u"support"_s, u"gpt-4o"_s, u"Deploy with key AKIAQWERTYUIOPASDFGH now"_s, {}},
    };
    for (const Request &request : requests) {
        if (auto recorded = record(request); !recorded)
            return std::unexpected(recorded.error());
    }
    return {};
}

} // namespace custos
