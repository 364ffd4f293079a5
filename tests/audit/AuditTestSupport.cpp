#include "AuditTestSupport.h"

#include "core/identity/Credentials.h"

#include <QFile>

namespace custos::audittest {

namespace {

const PasswordHasher::Cost cheapCost{10, 8, 1}; // tests only; production uses the default cost

QString passwordOf(const QString &user)
{
    return user + QStringLiteral(" password 1");
}

Credentials as(const QString &user)
{
    return Credentials::withPassword(user, passwordOf(user));
}

// Ledger times are taken when an event is recorded; a short pause puts a period boundary strictly
// between two events.
QDateTime boundary()
{
    QThread::msleep(5);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QThread::msleep(5);
    return at;
}

InteractionHit hit(const QString &detector, const QString &dataClass, qint64 start, qint64 end)
{
    return InteractionHit{detector, dataClass, QStringLiteral("$.messages[0].content"), start, end, 0.9, {}};
}

InteractionDecision requestDecision(Action action, const QStringList &rules,
                                    const QList<InteractionHit> &hits)
{
    InteractionDecision decision;
    decision.stage = DecisionStage::Request;
    decision.action = action;
    decision.rules = rules;
    decision.hits = hits;
    decision.route = action == Action::Reroute ? QStringLiteral("local") : QStringLiteral("upstream");
    return decision;
}

} // namespace

bool LedgerSeeder::addUsers()
{
    m_users = std::make_shared<UserDirectory>(PasswordHasher(cheapCost));
    if (!m_users->rebuild(m_store))
        return fail(QStringLiteral("cannot read the directory"));
    UserService admin(m_store, m_users);
    if (!admin.addUser({}, {QStringLiteral("root"), QStringLiteral("Root"), {Role::Admin}, {}},
                       passwordOf(QStringLiteral("root"))))
        return fail(QStringLiteral("cannot add root"));
    const QList<NewUser> staff{
        {QStringLiteral("ruth"), QStringLiteral("Ruth Risk"), {Role::RiskOfficer}, {}},
        {QStringLiteral("alice"), QStringLiteral("Alice Approver"), {Role::Approver}, {}},
        {QStringLiteral("bob"),
         QStringLiteral("Bob"),
         {Role::Approver, Role::Developer},
         {QStringLiteral("security")}},
        {QStringLiteral("mallory"), QStringLiteral("@SUM(1)"), {Role::Approver}, {}},
        {QStringLiteral("carol"), QStringLiteral("Carol Developer"), {Role::Developer}, {}},
        {QStringLiteral("dev"), QStringLiteral("Dev"), {Role::Developer}, {}},
    };
    for (const NewUser &user : staff)
        if (auto added = admin.addUser(as(QStringLiteral("root")), user, passwordOf(user.name)); !added)
            return fail(QStringLiteral("cannot add %1: %2").arg(user.name, added.error().message));
    return true;
}

bool LedgerSeeder::publish(const QString &file, const QString &comment, QString &hash)
{
    QFile source(QStringLiteral(AUDIT_TEST_DATA "/") + file);
    if (!source.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read ") + source.fileName());
    PolicyVersions versions(m_store, m_users);
    auto published = versions.publish(source.readAll(), comment, as(QStringLiteral("ruth")));
    if (!published)
        return fail(QStringLiteral("publish %1: %2").arg(file, published.error().message));
    hash = published->hash;
    m_policyHash = hash;
    auto policy = versions.policy(hash);
    if (!policy)
        return fail(policy.error().message);
    if (!m_rules)
        m_rules = std::make_shared<ExceptionRules>(*policy);
    else
        m_rules->setPolicy(*policy);
    return true;
}

qint64 LedgerSeeder::record(const InteractionPayload &payload, Action decision)
{
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = payload.user;
    event.policyHash = payload.policyHash;
    event.payload = payload.toJson();
    event.service = payload.service;
    event.user = payload.user;
    event.decision = actionName(decision);
    event.rules = payload.firedRules();
    event.dataClasses = payload.dataClasses();
    event.exceptionId = payload.exceptionIds.join(u',');
    event.model = payload.model;
    event.route = payload.route;
    auto seq = m_store.append(event);
    return seq ? *seq : 0;
}

qint64 LedgerSeeder::interaction(const QString &id, const QString &service, const QString &user,
                                 Action action, const QString &received, const QJsonValue &forwarded,
                                 const QString &returned, const QList<InteractionDecision> &decisions,
                                 SeededLedger &out, const QStringList &exceptionIds)
{
    InteractionPayload payload;
    payload.interactionId = id;
    payload.endpoint = QStringLiteral("/v1/chat/completions");
    payload.user = user;
    payload.service = service;
    payload.keyPrefix = QStringLiteral("custos_") + service.left(8).leftJustified(8, u'0');
    payload.hasCaller = true;
    payload.api = ApiFlavor::OpenAIChat;
    payload.model = QStringLiteral("gpt-test");
    payload.route = action == Action::Reroute ? QStringLiteral("local") : QStringLiteral("upstream");
    payload.policyHash = m_policyHash;
    payload.failureMode = action == Action::Reroute ? FailureMode::Open : FailureMode::Closed;
    payload.exceptionIds = exceptionIds;
    if (!exceptionIds.isEmpty())
        payload.exceptedRules = {QStringLiteral("codename-exception")};
    payload.hasRequest = true;
    payload.requestReceived = chatRequest(received);
    payload.requestForwarded = forwarded;
    const bool blocked = action == Action::Block;
    payload.hasResponse = true;
    payload.responseReceived = blocked ? QJsonValue() : QJsonValue(chatResponse(returned));
    payload.responseReturned = chatResponse(returned);
    if (!blocked)
        payload.upstreamStatus = 200;
    payload.hasOutcome = true;
    payload.outcomeStatus = blocked ? 403 : 200;
    payload.decisions = decisions;
    payload.decision = action;
    payload.latencyMs = {{QStringLiteral("total"), 1.5}};
    const qint64 seq = record(payload, action);
    if (out.from.isValid() && !out.to.isValid()) {
        ++out.interactionsInPeriod;
        if (service == u"support")
            ++out.supportInteractionsInPeriod;
        for (const InteractionDecision &decision : decisions)
            out.ruleHitRowsInPeriod +=
                decision.hits.isEmpty() ? (decision.rules.isEmpty() ? 0 : 1) : decision.hits.size();
        if (action == Action::Block || action == Action::Redact || action == Action::Reroute)
            ++out.enforcedInPeriod;
    }
    return seq;
}

bool LedgerSeeder::seedExceptions(SeededLedger &out)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto request = [&](const QString &requester, const QString &justification, const QDateTime &at,
                             QString &id) {
        ExceptionRequestInput input;
        input.scope.rules = {QStringLiteral("codename-exception")};
        input.scope.users = {requester};
        input.scope.services = {QStringLiteral("billing")};
        input.justification = justification;
        input.seconds = 2 * 3600;
        auto requested = m_exceptions->request(as(requester), input, at);
        if (requested)
            id = requested->id;
        return requested ? true : fail(QStringLiteral("request: ") + requested.error().message);
    };
    // Approved by a named approver, then used by the gateway for one interaction.
    if (!request(QStringLiteral("carol"), hyperlinkJustification, now, out.usedException) ||
        !m_exceptions->approve(out.usedException, as(QStringLiteral("alice")), {}, now))
        return fail(QStringLiteral("approve E1: ") + m_error);
    ExceptionSubject subject{
        QStringLiteral("codename-exception"), QStringLiteral("carol"),       QStringLiteral("billing"),
        QStringLiteral("gpt-test"),           QStringLiteral("upstream"),    {QStringLiteral("CONFIDENTIAL")},
        {QStringLiteral("codename")},         QStringLiteral("int-excepted")};
    auto claimed = m_exceptions->claimFor(subject);
    if (!claimed || !*claimed)
        return fail(QStringLiteral("the approved exception does not cover its subject"));
    if (!interaction(
            QStringLiteral("int-excepted"), QStringLiteral("billing"), QStringLiteral("carol"), Action::Allow,
            QStringLiteral("Bluebird launch brief"), chatRequest(QStringLiteral("Bluebird launch brief")),
            QStringLiteral("summary"),
            {requestDecision(Action::Allow, {},
                             {hit(QStringLiteral("codename"), QStringLiteral("CONFIDENTIAL"), 0, 8)})},
            out, {out.usedException}))
        return fail(QStringLiteral("cannot record the excepted interaction"));

    // Approved hours ago for one minute; a gateway with a stale book then records a use.
    if (!request(QStringLiteral("dev"), QStringLiteral("a short window for the quarterly report"),
                 now.addSecs(-7200), out.expiredException))
        return false;
    ApprovalTerms oneMinute;
    oneMinute.seconds = 60;
    if (!m_exceptions->approve(out.expiredException, as(QStringLiteral("bob")), oneMinute,
                               now.addSecs(-3600)))
        return fail(QStringLiteral("approve E2"));
    EvidenceEvent lateUse;
    lateUse.kind = EventKind::Exception;
    lateUse.actor = QStringLiteral("dev");
    lateUse.exceptionId = out.expiredException;
    lateUse.payload = QJsonObject{{QStringLiteral("event"), QStringLiteral("used")},
                                  {QStringLiteral("exception_id"), out.expiredException},
                                  {QStringLiteral("use_number"), 1},
                                  {QStringLiteral("rule"), QStringLiteral("codename-exception")},
                                  {QStringLiteral("user"), QStringLiteral("dev")},
                                  {QStringLiteral("interaction_id"), QStringLiteral("int-late")},
                                  {QStringLiteral("at"), now.toString(Qt::ISODateWithMs)}};
    if (!m_store.append(lateUse))
        return fail(QStringLiteral("cannot record the late use"));

    // Its requester tries to approve it (refused, four eyes), then a named approver rejects it.
    if (!request(QStringLiteral("bob"), QStringLiteral("bob wants the codename for a test"), now,
                 out.selfApprovalException))
        return false;
    if (m_exceptions->approve(out.selfApprovalException, as(QStringLiteral("bob")), {}, now))
        return fail(QStringLiteral("a self-approval was accepted"));
    if (!m_exceptions->reject(out.selfApprovalException, as(QStringLiteral("alice")),
                              QStringLiteral("not needed"), now))
        return fail(QStringLiteral("reject E3"));

    // Someone who is no approver of the rule tries first; a named approver approves; risk revokes.
    if (!request(QStringLiteral("carol"), QStringLiteral("second brief for the launch team"), now,
                 out.revokedException))
        return false;
    if (m_exceptions->approve(out.revokedException, as(QStringLiteral("mallory")), {}, now))
        return fail(QStringLiteral("mallory's approval was accepted"));
    if (!m_exceptions->approve(out.revokedException, as(QStringLiteral("alice")), {}, now) ||
        !m_exceptions->revoke(out.revokedException, as(QStringLiteral("ruth")),
                              QStringLiteral("launch moved"), now))
        return fail(QStringLiteral("approve or revoke E4"));
    return true;
}

bool LedgerSeeder::seedInteractions(SeededLedger &out)
{
    const QString secretPrompt = QStringLiteral("deploy with key %1 please").arg(blockedAwsKey);
    out.blockedSeq = interaction(
        QStringLiteral("int-blocked"), QStringLiteral("billing"), QStringLiteral("carol"), Action::Block,
        secretPrompt, QJsonValue::Null, QStringLiteral("blocked"),
        {requestDecision(Action::Block, {QStringLiteral("block-secrets")},
                         {hit(QStringLiteral("aws_access_key_id"), QStringLiteral("SECRET"), 16, 36)})},
        out);
    interaction(QStringLiteral("int-redacted"), QStringLiteral("billing"), QStringLiteral("carol"),
                Action::Redact, QStringLiteral("write to bob@example.com today"),
                chatRequest(QStringLiteral("write to [EMAIL_1] today")), QStringLiteral("done"),
                {requestDecision(Action::Redact, {QStringLiteral("redact-personal-data")},
                                 {hit(QStringLiteral("email"), QStringLiteral("PII"), 9, 24)})},
                out);
    interaction(
        QStringLiteral("int-support"), QStringLiteral("support"), QStringLiteral("dev"), Action::Allow,
        QStringLiteral("who handles refunds?"), chatRequest(QStringLiteral("who handles refunds?")),
        QStringLiteral("write to refunds.desk@example.org"), {requestDecision(Action::Allow, {}, {})}, out);
    interaction(QStringLiteral("int-rerouted"), QStringLiteral("support"), QStringLiteral("dev"),
                Action::Reroute, QStringLiteral("ORION roadmap"),
                chatRequest(QStringLiteral("ORION roadmap")), QStringLiteral("ok"),
                {requestDecision(Action::Reroute, {QStringLiteral("keep-orion-local")},
                                 {hit(QStringLiteral("orion"), QStringLiteral("CONFIDENTIAL"), 0, 5)})},
                out);
    interaction(QStringLiteral("int-archive"), QStringLiteral("archive"), QStringLiteral("dev"),
                Action::Allow, QStringLiteral("old question"), chatRequest(QStringLiteral("old question")),
                QStringLiteral("old answer"), {requestDecision(Action::Allow, {}, {})}, out);
    return out.blockedSeq > 0;
}

bool LedgerSeeder::seed(SeededLedger &out)
{
    if (!addUsers() ||
        !publish(QStringLiteral("audit-policy-v1.yaml"), QStringLiteral("first version"), out.policyV1))
        return false;
    m_exceptions = std::make_unique<ExceptionService>(m_store, m_users, m_rules);
    if (!m_exceptions->load())
        return fail(QStringLiteral("cannot load the exception path"));
    for (int i = 0; i < 3; ++i)
        interaction(QStringLiteral("int-before-%1").arg(i), QStringLiteral("billing"),
                    QStringLiteral("carol"), Action::Allow, QStringLiteral("early question"),
                    chatRequest(QStringLiteral("early question")), QStringLiteral("early answer"),
                    {requestDecision(Action::Allow, {}, {})}, out);
    if (!m_store.checkpointNow())
        return fail(QStringLiteral("checkpoint before the period"));
    out.anchorSeq = m_store.head()->seq;

    out.from = boundary();
    if (!seedInteractions(out) || !seedExceptions(out))
        return false;
    if (!publish(QStringLiteral("audit-policy-v2.yaml"), QStringLiteral("personal data kept 90 days"),
                 out.policyV2))
        return false;
    RetentionRules archiveOnly;
    archiveOnly.serviceDays.insert(QStringLiteral("archive"), 1);
    auto purged =
        m_store.purge(archiveOnly, QDateTime::currentDateTimeUtc().addDays(2), QStringLiteral("root"));
    if (!purged || purged->tombstoned != 1)
        return fail(QStringLiteral("the retention run did not drop the archive interaction"));
    if (!m_store.placeHold(HoldScope::Service, QStringLiteral("billing"), QStringLiteral("litigation 2026-7"),
                           QStringLiteral("root")))
        return fail(QStringLiteral("cannot place a hold"));
    out.to = boundary();

    for (int i = 0; i < 2; ++i)
        interaction(QStringLiteral("int-after-%1").arg(i), QStringLiteral("billing"), QStringLiteral("carol"),
                    Action::Allow, QStringLiteral("late question"),
                    chatRequest(QStringLiteral("late question")), QStringLiteral("late answer"),
                    {requestDecision(Action::Allow, {}, {})}, out);
    if (!m_store.checkpointNow())
        return fail(QStringLiteral("checkpoint after the period"));
    out.closingSeq = m_store.head()->seq;
    return true;
}

} // namespace custos::audittest
