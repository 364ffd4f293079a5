#include "tests/support/CustosTest.h"

#include "core/evidence/EvidenceStore.h"
#include "core/exceptions/ExceptionService.h"
#include "core/identity/UserService.h"

#include <QTemporaryDir>
#include <QTest>

namespace tst_exception_service {

using namespace custos;

namespace {

const PasswordHasher::Cost testCost{10, 8, 1}; // cheap for tests; production uses the default
const QDateTime t0 = QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::UTC);
const QString codenameRule = QStringLiteral("codename-exception");
const QString billingRule = QStringLiteral("cards-in-billing");

KeySource storeKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"));
}

QString passwordOf(const QString &user)
{
    return user + QStringLiteral(" password 1");
}

Credentials as(const QString &user)
{
    return Credentials::withPassword(user, passwordOf(user));
}

ExceptionSubject subject(const QString &rule = codenameRule, const QString &user = QStringLiteral("carol"))
{
    return {rule,
            user,
            QStringLiteral("chatbot"),
            QStringLiteral("gpt-4o"),
            QStringLiteral("upstream"),
            {QStringLiteral("CONFIDENTIAL")},
            {QStringLiteral("codename")},
            {}};
}

} // namespace

class TestExceptionService : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<EvidenceStore> store;
    std::shared_ptr<UserDirectory> users;
    std::shared_ptr<ExceptionRules> rules;
    std::unique_ptr<ExceptionService> service;

    QString path() const { return dir.filePath(QStringLiteral("store.db")); }

    void open(bool create)
    {
        service.reset();
        store.reset();
        auto opened =
            create ? EvidenceStore::create(path(), storeKey()) : EvidenceStore::open(path(), storeKey());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        store = std::move(*opened);
        users = std::make_shared<UserDirectory>(PasswordHasher(testCost));
        QVERIFY(users->rebuild(*store));
        const auto policy =
            Policy::fromFile(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/exceptions/data/policy.yaml"));
        QVERIFY(policy);
        rules = std::make_shared<ExceptionRules>(*policy);
        service = std::make_unique<ExceptionService>(*store, users, rules);
        QVERIFY(service->load());
    }

    void addUsers()
    {
        UserService admin(*store, users);
        const Credentials root = as(QStringLiteral("root"));
        QVERIFY(admin.addUser({}, {QStringLiteral("root"), {}, {Role::Admin}, {}},
                              passwordOf(QStringLiteral("root"))));
        const QList<NewUser> staff{
            {QStringLiteral("dev"), {}, {Role::Developer}, {}},
            {QStringLiteral("carol"), {}, {Role::Developer, Role::Approver}, {QStringLiteral("security")}},
            {QStringLiteral("alice"), {}, {Role::Approver}, {}},
            {QStringLiteral("bob"), {}, {Role::Approver}, {}},
            {QStringLiteral("mallory"), {}, {Role::Approver}, {}},
            {QStringLiteral("ruth"), {}, {Role::RiskOfficer}, {}},
        };
        for (const NewUser &user : staff)
            QVERIFY(admin.addUser(root, user, passwordOf(user.name)));
    }

    qint64 exceptionEvents() const
    {
        qint64 count = 0;
        for (const EventKind kind : {EventKind::Exception, EventKind::Approval}) {
            EvidenceQuery query;
            query.kind = kind;
            query.limit = EvidenceQuery::kMaxLimit;
            count += store->query(query)->events.size();
        }
        return count;
    }

    EvidenceEvent lastEvent() const
    {
        EvidenceQuery query;
        query.limit = 1;
        return store->query(query)->events.constFirst();
    }

    QString requestCodename(const QString &requester = QStringLiteral("carol"), qint64 seconds = 2 * 3600)
    {
        ExceptionRequestInput input;
        input.scope.rules = {codenameRule};
        input.scope.users = {requester};
        input.scope.services = {QStringLiteral("chatbot")};
        input.justification = QStringLiteral("the launch brief must go to the model");
        input.seconds = seconds;
        input.interactionId = QStringLiteral("int-42");
        const auto requested = service->request(as(requester), input, t0);
        if (!requested) {
            qWarning() << requested.error().message;
            return {};
        }
        return requested->id;
    }

    // A refused command returns an error naming `message`, records exactly one refusal event of
    // `kind` and changes nothing else.
    template <typename Command>
    void expectRefusal(Command command, const QString &message, EventKind kind, const QString &id = {})
    {
        const qint64 before = exceptionEvents();
        const QJsonObject stateBefore = id.isEmpty() ? QJsonObject() : service->show(id)->toJson();
        const auto result = command();
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(exceptionEvents(), before + 1);
        const EvidenceEvent refusal = lastEvent();
        QCOMPARE(refusal.kind, kind);
        QCOMPARE(refusal.payload.value(u"event").toString(), QStringLiteral("refused"));
        QCOMPARE(refusal.payload.value(u"reason").toString(), result.error().message);
        if (!id.isEmpty())
            QCOMPARE(service->show(id)->toJson(), stateBefore);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir.isValid());
        QFile::remove(path());
        open(true);
        addUsers();
    }
    void cleanup()
    {
        service.reset();
        store.reset();
        QFile::remove(path());
    }

    void theStory()
    {
        const QString id = requestCodename();
        QVERIFY(!id.isEmpty());
        QCOMPARE(service->show(id)->status, ExceptionStatus::Pending);
        QVERIFY2(!service->claimFor(subject(), t0.addSecs(1)).value(), "pending covers nothing");

        expectRefusal([&] { return service->approve(id, as(QStringLiteral("carol")), {}, t0); }, "four-eyes",
                      EventKind::Approval, id);
        expectRefusal([&] { return service->approve(id, as(QStringLiteral("mallory")), {}, t0); },
                      "not a named approver", EventKind::Approval, id);
        expectRefusal([&] { return service->approve(id, as(QStringLiteral("dev")), {}, t0); },
                      "no role that may decide", EventKind::Approval, id);
        expectRefusal(
            [&] {
                return service->approve(
                    id, Credentials::withPassword(QStringLiteral("alice"), QStringLiteral("guessed wrong")),
                    {}, t0);
            },
            "wrong user name or password", EventKind::Approval, id);

        const auto approved = service->approve(id, as(QStringLiteral("alice")), {}, t0.addSecs(60));
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->status, ExceptionStatus::Approved);
        QCOMPARE(approved->decidedBy, QStringLiteral("alice"));
        QCOMPARE(approved->expiresAt, t0.addSecs(60 + 2 * 3600));

        const auto used = service->claimFor(subject(), t0.addSecs(120));
        QVERIFY(used && *used);
        QCOMPARE((*used)->id, id);
        QCOMPARE((*used)->useCount, 1);
        QCOMPARE(lastEvent().payload.value(u"event").toString(), QStringLiteral("used"));
        QCOMPARE(lastEvent().exceptionId, id);
        QVERIFY2(!service->claimFor(subject(codenameRule, QStringLiteral("dev")), t0.addSecs(120)).value(),
                 "the scope names carol only");

        const QDateTime afterExpiry = t0.addSecs(60 + 2 * 3600);
        QVERIFY(!service->claimFor(subject(), afterExpiry).value());
        QCOMPARE(service->show(id)->status, ExceptionStatus::Expired);
        QCOMPARE(lastEvent().payload.value(u"event").toString(), QStringLiteral("expired"));
        expectRefusal([&] { return service->approve(id, as(QStringLiteral("alice")), {}, afterExpiry); },
                      "already expired", EventKind::Approval, id);

        const auto history = service->history(id);
        QVERIFY(history);
        QStringList trail;
        for (const EvidenceEvent &event : *history) {
            QVERIFY(event.seq > 0);
            QVERIFY(event.time.isValid());
            trail << event.actor + u' ' + event.payload.value(u"event").toString();
        }
        QCOMPARE(trail, (QStringList{"carol requested", "carol refused", "mallory refused", "dev refused",
                                     "alice refused", "alice approved", "carol used", "custos expired",
                                     "alice refused"}));
        QCOMPARE(history->first().kind, EventKind::Exception);
        QCOMPARE(history->at(5).kind, EventKind::Approval);
        QCOMPARE(history->first().policyHash, rules->policyHash());
        QCOMPARE(history->first().payload.value(u"interaction_id").toString(), QStringLiteral("int-42"));

        const QJsonObject state = service->show(id)->toJson();
        open(false);
        QCOMPARE(service->show(id)->toJson(), state);
        QCOMPARE(service->list().size(), 1);
        QVERIFY(store->verify().ok());
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("requester");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("service");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("message");
        QTest::newRow("scope wider than the rule")
            << "dev" << billingRule << "support" << qint64(3600) << "wider than rule 'cards-in-billing'";
        QTest::newRow("duration over the cap")
            << "dev" << billingRule << "billing" << qint64(9 * 3600) << "exceeds the policy's maximum";
        QTest::newRow("rule without approvers")
            << "dev" << "block-secrets" << "" << qint64(3600) << "names no approvers";
        QTest::newRow("unknown rule")
            << "dev" << "no-such-rule" << "" << qint64(3600) << "not in the enforced policy";
        QTest::newRow("approver cannot request")
            << "alice" << billingRule << "billing" << qint64(3600) << "no role that may request";
        QTest::newRow("unauthenticated")
            << "" << billingRule << "billing" << qint64(3600) << "unauthenticated";
    }
    void badRequestsAreRefused()
    {
        QFETCH(QString, requester);
        QFETCH(QString, rule);
        QFETCH(QString, service);
        QFETCH(qint64, seconds);
        QFETCH(QString, message);
        ExceptionRequestInput input;
        input.scope.rules = {rule};
        if (!service.isEmpty())
            input.scope.services = {service};
        input.justification = QStringLiteral("a month-end run needs real card data");
        input.seconds = seconds;
        expectRefusal([&] { return this->service->request(as(requester), input, t0); }, message,
                      EventKind::Exception);
        QVERIFY(this->service->list().isEmpty());
    }

    void disabledCallerIsRefused()
    {
        UserService admin(*store, users);
        QVERIFY(admin.disable(as(QStringLiteral("root")), QStringLiteral("carol")));
        ExceptionRequestInput input;
        input.scope.rules = {codenameRule};
        input.justification = QStringLiteral("the launch brief must go to the model");
        expectRefusal([&] { return service->request(as(QStringLiteral("carol")), input, t0); },
                      "user carol is disabled", EventKind::Exception);
        const QString id = requestCodename(QStringLiteral("dev"));
        QVERIFY2(!service->book().mayDecide(*service->show(id), QStringLiteral("carol")),
                 "a disabled user's groups no longer name them");
    }

    void unknownRequestIsRefused()
    {
        expectRefusal(
            [&] {
                return service->approve(QStringLiteral("EXC-000000000000"), as(QStringLiteral("alice")), {},
                                        t0);
            },
            "no exception request with id", EventKind::Approval);
        QCOMPARE(lastEvent().exceptionId, QStringLiteral("EXC-000000000000"));
    }

    void rejection()
    {
        ExceptionRequestInput input;
        input.scope.rules = {billingRule};
        input.scope.services = {QStringLiteral("billing")};
        input.justification = QStringLiteral("a month-end run needs real card data");
        const auto requested = service->request(as(QStringLiteral("dev")), input, t0);
        QVERIFY(requested);
        QCOMPARE(requested->requestedSeconds, qint64(3600)); // the rule's default
        const QString id = requested->id;
        expectRefusal([&] { return service->reject(id, as(QStringLiteral("bob")), QString(), t0); },
                      "needs a reason", EventKind::Approval, id);
        const auto rejected =
            service->reject(id, as(QStringLiteral("bob")), QStringLiteral("use test cards"), t0);
        QVERIFY(rejected);
        QCOMPARE(rejected->status, ExceptionStatus::Rejected);
        QCOMPARE(rejected->reason, QStringLiteral("use test cards"));
        expectRefusal([&] { return service->approve(id, as(QStringLiteral("bob")), {}, t0); },
                      "already rejected", EventKind::Approval, id);
        QVERIFY(!service->claimFor(subject(billingRule, QStringLiteral("dev")), t0.addSecs(1)).value());
    }

    void revocation()
    {
        const QString id = requestCodename();
        QVERIFY(service->approve(id, as(QStringLiteral("alice")), {}, t0));
        expectRefusal(
            [&] {
                return service->revoke(id, as(QStringLiteral("mallory")), QStringLiteral("meddling"), t0);
            },
            "may not revoke", EventKind::Exception, id);
        const auto revoked =
            service->revoke(id, as(QStringLiteral("ruth")), QStringLiteral("incident 7"), t0.addSecs(5));
        QVERIFY(revoked);
        QCOMPARE(revoked->status, ExceptionStatus::Revoked);
        QVERIFY(!service->claimFor(subject(), t0.addSecs(6)).value());
        expectRefusal(
            [&] { return service->revoke(id, as(QStringLiteral("carol")), QStringLiteral("again"), t0); },
            "cannot be revoked", EventKind::Exception, id);
    }

    void singleUse()
    {
        const QString id = requestCodename();
        QVERIFY(service->approve(id, as(QStringLiteral("alice")), {std::nullopt, std::nullopt, true}, t0));
        QVERIFY(service->claimFor(subject(), t0.addSecs(1)).value());
        QVERIFY(!service->claimFor(subject(), t0.addSecs(2)).value());
        QCOMPARE(service->show(id)->status, ExceptionStatus::Consumed);
        open(false);
        QCOMPARE(service->show(id)->status, ExceptionStatus::Consumed);
        QVERIFY(!service->claimFor(subject(), t0.addSecs(3)).value());
    }

    void approverNarrowsAndShortens()
    {
        const QString id = requestCodename();
        ExceptionScope narrower = service->show(id)->requestedScope;
        narrower.models = {QStringLiteral("gpt-4o-mini")};
        ExceptionScope wider = narrower;
        wider.users.clear();
        expectRefusal(
            [&] {
                return service->approve(id, as(QStringLiteral("alice")), {wider, std::nullopt, false}, t0);
            },
            "never widen", EventKind::Approval, id);
        expectRefusal(
            [&] {
                return service->approve(id, as(QStringLiteral("alice")),
                                        {std::nullopt, qint64(3 * 3600), false}, t0);
            },
            "approved duration", EventKind::Approval, id);
        const auto approved =
            service->approve(id, as(QStringLiteral("carol")), {narrower, qint64(600), false}, t0);
        QVERIFY2(!approved, "carol requested it");
        QVERIFY(service->approve(id, as(QStringLiteral("alice")), {narrower, qint64(600), false}, t0));
        QVERIFY2(!service->claimFor(subject(), t0.addSecs(1)).value(), "gpt-4o is outside the granted scope");
        ExceptionSubject mini = subject();
        mini.model = QStringLiteral("gpt-4o-mini");
        QVERIFY(service->claimFor(mini, t0.addSecs(1)).value());
        QCOMPARE(service->show(id)->expiresAt, t0.addSecs(600));
    }

    void groupApproverAndRuleSets()
    {
        const QString id = requestCodename(QStringLiteral("dev"));
        QVERIFY2(service->approve(id, as(QStringLiteral("carol")), {}, t0),
                 "carol approves as group:security");
        const auto all = service->claimForRules(subject(codenameRule, QStringLiteral("dev")),
                                                {codenameRule, billingRule}, t0.addSecs(1));
        QVERIFY(all);
        QVERIFY2(!*all, "the billing rule has no cover");
        QCOMPARE(service->show(id)->useCount, 0);
        const auto one = service->claimForRules(subject(codenameRule, QStringLiteral("dev")), {codenameRule},
                                                t0.addSecs(1));
        QVERIFY(one && *one);
        QCOMPARE(**one, QStringList{id});
        QCOMPARE(service->list(ExceptionStatus::Approved).size(), 1);
        QCOMPARE(service->list(ExceptionStatus::Pending).size(), 0);
    }

    // Another process (custosctl beside the gateway) decides on its own connection: refresh() folds
    // just the events appended since, and never applies this service's own events a second time.
    void refreshFoldsWhatOthersAppended()
    {
        auto opened = EvidenceStore::open(path(), storeKey());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        const std::unique_ptr<EvidenceStore> otherStore = std::move(*opened);
        ExceptionService other(*otherStore, users, rules);
        QVERIFY(other.load());

        const QString id = requestCodename();
        QVERIFY2(service->refresh(), "its own request is not applied twice");
        QVERIFY(!other.show(id));
        QVERIFY(other.refresh());
        QCOMPARE(other.show(id)->status, ExceptionStatus::Pending);
        QVERIFY(other.approve(id, as(QStringLiteral("alice")), {}, t0));

        ExceptionSubject blocked = subject();
        blocked.interactionId = QStringLiteral("int-7");
        QVERIFY2(!service->claimFor(blocked, t0.addSecs(1)).value(), "the approval is not folded yet");
        QVERIFY(service->refresh());
        const auto used = service->claimFor(blocked, t0.addSecs(1));
        QVERIFY(used && *used);
        QCOMPARE((*used)->useCount, 1);
        QCOMPARE(lastEvent().payload.value(u"interaction_id").toString(), QStringLiteral("int-7"));
        QVERIFY(service->refresh());
        QVERIFY(other.refresh());
        QCOMPARE(other.show(id)->toJson(), service->show(id)->toJson());
        QCOMPARE(service->show(id)->useCount, 1);
        QVERIFY(store->verify().ok());
    }

    // Two gateways on one store, or a revocation from custosctl racing a request: a use is recorded
    // only if nobody wrote about the exception since this service last looked.
    void useIsRecordedOnlyIfNobodyWroteMeanwhile()
    {
        auto opened = EvidenceStore::open(path(), storeKey());
        QVERIFY(opened);
        const std::unique_ptr<EvidenceStore> otherStore = std::move(*opened);
        const QString once = requestCodename();
        QVERIFY(service->approve(once, as(QStringLiteral("alice")), {std::nullopt, std::nullopt, true}, t0));
        ExceptionService other(*otherStore, users, rules);
        QVERIFY(other.load()); // both see it approved, single use
        QVERIFY(service->claimFor(subject(), t0.addSecs(1)).value());
        QVERIFY2(!other.claimFor(subject(), t0.addSecs(1)).value(), "the other side spent it already");
        QCOMPARE(other.show(once)->status, ExceptionStatus::Consumed);

        const QString revoked = requestCodename();
        QVERIFY(service->approve(revoked, as(QStringLiteral("alice")), {}, t0));
        QVERIFY(other.refresh());
        QVERIFY(
            service->revoke(revoked, as(QStringLiteral("alice")), QStringLiteral("the launch moved"), t0));
        QVERIFY2(!other.claimFor(subject(), t0.addSecs(2)).value(), "revoked before the use was recorded");
        QCOMPARE(other.show(revoked)->status, ExceptionStatus::Revoked);

        // An unrelated event about an exception (a refused attempt) costs one more look, not the use.
        const QString busy = requestCodename();
        QVERIFY(service->approve(busy, as(QStringLiteral("alice")), {std::nullopt, std::nullopt, true}, t0));
        QVERIFY(other.refresh());
        QVERIFY(!service->revoke(busy, as(QStringLiteral("mallory")), QStringLiteral("not mine"), t0));
        const auto used = other.claimFor(subject(), t0.addSecs(3));
        QVERIFY(used && *used);
        QCOMPARE((*used)->id, busy);
        QCOMPARE((*used)->useCount, 1);

        qint64 uses = 0;
        for (const QString &id : {once, revoked, busy}) {
            const QList<EvidenceEvent> history = service->history(id).value();
            for (const EvidenceEvent &event : history)
                uses += event.payload.value(u"event").toString() == u"used" ? 1 : 0;
        }
        QCOMPARE(uses, 2);
        QVERIFY(store->verify().ok());
    }

    void apiKeyCallerMayRequest()
    {
        ExceptionRequestInput input;
        input.scope.rules = {codenameRule};
        input.justification = QStringLiteral("asked from the blocked response's hint");
        const auto requested =
            service->request(Credentials::fromApiKey(QStringLiteral("svc-bot")), input, t0);
        QVERIFY(requested);
        QCOMPARE(requested->requester, QStringLiteral("svc-bot"));
        QCOMPARE(requested->requestedSeconds, qint64(4 * 3600));
        QCOMPARE(lastEvent().payload.value(u"authenticated_by").toString(), QStringLiteral("api_key"));
    }
};

} // namespace tst_exception_service

CUSTOS_GUILESS_TEST_MAIN(tst_exception_service::TestExceptionService)
#include "tst_exception_service.moc"
