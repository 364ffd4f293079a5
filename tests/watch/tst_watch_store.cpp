// The watchers on a real SQLCipher store: the fingerprint secret, fingerprints of scanned values,
// alerts as ledger events (recorded once, rebuilt the same, surviving a restart) and the
// decisions people take on them.
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/AlertBook.h"
#include "core/watch/AlertDecider.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchService.h"
#include "gateway/ActivePolicyEnforcer.h"
#include "tests/support/CustosTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const PasswordHasher::Cost kCheapHash{10, 8, 1};

KeySource storeKey()
{
    return KeySource::rawKey(
        QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
}

Credentials as(const QString &user)
{
    return Credentials::withPassword(user, user + u"-password-123"_s);
}

// An interaction the way the gateway records it: request hits with fingerprints, never the text.
EvidenceEvent interaction(const QString &user, const QList<InteractionHit> &hits, bool covered = false)
{
    InteractionPayload payload;
    payload.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.endpoint = u"/v1/chat/completions"_s;
    payload.hasCaller = true;
    payload.user = user;
    payload.service = u"billing"_s;
    payload.keyPrefix = u"ck_test"_s;
    if (covered) {
        payload.exceptionIds = {u"ex-1"_s};
        payload.exceptedRules = {u"r1"_s};
    }
    InteractionDecision decision;
    decision.hits = hits;
    payload.decisions = {decision};
    EvidenceEvent event;
    event.kind = EventKind::Interaction;
    event.actor = u"gateway"_s;
    event.user = user;
    event.service = payload.service;
    event.payload = payload.toJson();
    return event;
}

InteractionHit ssnHit(const ValueFingerprinter &fingerprinter, int n)
{
    InteractionHit hit{u"us_ssn"_s, u"PII"_s, u"$.messages[0].content"_s, 0, 11, 0.9, {}};
    hit.fingerprint = fingerprinter.fingerprint(u"us_ssn"_s, u"12345%1"_s.arg(n, 4, 10, QLatin1Char('0')));
    return hit;
}

} // namespace

class tst_watch_store : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceStore> m_store;
    QString path() const { return m_dir.filePath(u"store.db"_s); }

    void open(bool create)
    {
        m_store.reset();
        auto opened =
            create ? EvidenceStore::create(path(), storeKey()) : EvidenceStore::open(path(), storeKey());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        m_store = std::move(*opened);
    }

    qint64 count(EventKind kind) const
    {
        EvidenceQuery query;
        query.kind = kind;
        auto events = m_store->queryAll(query);
        return events ? events->size() : -1;
    }

    // Six distinct SSNs by alice, one of them under an exception: the SSN budget (6) breaks.
    QList<qint64> breakSsnBudget(const ValueFingerprinter &fingerprinter)
    {
        QList<qint64> seqs;
        for (int i = 0; i < 6; ++i) {
            auto seq = m_store->append(interaction(u"alice"_s, {ssnHit(fingerprinter, i)}, i == 2));
            seqs.append(seq ? *seq : -1);
        }
        return seqs;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        open(true);
    }

    void secretIsMadeOnceAndKept()
    {
        auto first = m_store->fingerprintSecret();
        QVERIFY(first);
        QCOMPARE(first->size(), 32);
        QCOMPARE(*m_store->fingerprintSecret(), *first);
        open(false);
        QCOMPARE(*m_store->fingerprintSecret(), *first);
        QCOMPARE(count(EventKind::Admin), 1); // "fingerprint_secret.created", without the secret
        EvidenceQuery admin;
        admin.kind = EventKind::Admin;
        const auto events = m_store->queryAll(admin);
        QVERIFY(!QJsonDocument(events->constFirst().payload).toJson().contains(first->toHex()));
    }

    void fingerprintsOfScannedValues_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("card spelt two ways")
            << u"card 4111 1111 1111 1111"_s << u"card 4111-1111-1111-1111"_s << true;
        QTest::newRow("two cards") << u"card 4111 1111 1111 1111"_s << u"card 5500 0000 0000 0004"_s << false;
        QTest::newRow("e-mail in two cases")
            << u"mail Ann.Lee@Example.com"_s << u"mail ann.lee@example.COM"_s << true;
        QTest::newRow("IBAN with and without spaces")
            << u"iban DE89 3704 0044 0532 0130 00"_s << u"iban de89370400440532013000"_s << true;
    }
    void fingerprintsOfScannedValues()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        auto policy = Policy::fromYaml("id: p\nrules:\n  - id: r\n    conditions: {classes: [PII, PCI]}\n"
                                       "    action: monitor\n");
        QVERIFY(policy);
        auto engine = PolicyEngine::compile(*policy);
        QVERIFY(engine);
        auto fingerprinter = ValueFingerprinter::forStore(*m_store);
        QVERIFY(fingerprinter);
        const auto fingerprintOf = [&](const QString &text) {
            const Decision decision = (*engine)->evaluateText(EvaluationContext{}, text);
            return decision.hits.empty() ? QString()
                                         : (*fingerprinter)->fingerprintOf(decision.hits.front().hit);
        };
        const QString fa = fingerprintOf(a);
        const QString fb = fingerprintOf(b);
        QCOMPARE(fa.size(), 32);
        QCOMPARE(fb.size(), 32);
        QCOMPARE(fa == fb, same);
        // Another store's secret gives other fingerprints for the same value.
        QVERIFY(ValueFingerprinter(QByteArray(32, 'x')).fingerprint(u"email"_s, u"a@b.example"_s) !=
                (*fingerprinter)->fingerprint(u"email"_s, u"a@b.example"_s));
    }

    // The gateway's enforcer over the store puts each counted request value's fingerprint in the
    // evidence it returns, and nothing for what the provider answers.
    void gatewayEnforcerFingerprintsRequests_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<bool>("fingerprinted");
        QTest::newRow("request") << int(Direction::Request) << true;
        QTest::newRow("response") << int(Direction::Response) << false;
    }
    void gatewayEnforcerFingerprintsRequests()
    {
        QFETCH(int, direction);
        QFETCH(bool, fingerprinted);
        auto policy = Policy::fromYaml("id: p\nrules:\n  - id: r\n    conditions: {classes: [PCI]}\n"
                                       "    action: monitor\n");
        QVERIFY(policy);
        QVERIFY(PolicyVersions(*m_store, nullptr).recordLoadedFile(*policy, u"p.yaml"_s));
        std::shared_ptr<EvidenceStore> shared(m_store.release());
        ActivePolicyEnforcer enforcer(shared);
        QVERIFY(enforcer.refreshNow());
        EnforcementContext context;
        context.direction = Direction(direction);
        context.user = u"alice"_s;
        const QJsonObject message{{u"role"_s, fingerprinted ? u"user"_s : u"assistant"_s},
                                  {u"content"_s, u"card 4111-1111-1111-1111 please"_s}};
        const QJsonObject body =
            fingerprinted ? QJsonObject{{u"messages"_s, QJsonArray{message}}}
                          : QJsonObject{{u"choices"_s, QJsonArray{QJsonObject{{u"message"_s, message}}}}};
        const Enforcement enforcement = enforcer.evaluate(context, body);
        QCOMPARE(enforcement.hits.size(), 1);
        auto fingerprinter = ValueFingerprinter::forStore(*shared);
        QVERIFY(fingerprinter);
        const QString expected = (*fingerprinter)->fingerprint(u"credit_card"_s, u"4111111111111111"_s);
        QCOMPARE(enforcement.hits.constFirst().fingerprint, fingerprinted ? expected : QString());
        QVERIFY(!QJsonDocument(enforcement.hits.constFirst().toJson()).toJson().contains("4111"));
        shared.reset();
        open(false);
    }

    void budgetAlertIsRecordedOnce()
    {
        auto fingerprinter = ValueFingerprinter::forStore(*m_store);
        const QList<qint64> seqs = breakSsnBudget(**fingerprinter);
        WatchService service(*m_store, WatchSettings(), u"hash"_s);
        auto outcome = service.catchUp(QDateTime::currentDateTimeUtc());
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->recorded.size(), 1);
        const WatchAlert &alert = outcome->recorded.constFirst();
        QCOMPARE(alert.watcher, u"budget"_s);
        QCOMPARE(alert.user, u"alice"_s);
        QCOMPARE(alert.valueClass, u"us_ssn"_s);
        QCOMPARE(alert.contributing, seqs);
        QCOMPARE(alert.covered, QList<qint64>{seqs.at(2)});
        QCOMPARE(alert.policyHash, u"hash"_s);
        QCOMPARE(count(EventKind::Alert), 1);
        // Nothing new: nothing more recorded.
        auto again = service.catchUp(QDateTime::currentDateTimeUtc());
        QVERIFY(again);
        QCOMPARE(again->recorded.size(), 0);
        QCOMPARE(count(EventKind::Alert), 1);
    }

    void rebuildAfterRestartGivesTheSameAlerts()
    {
        auto fingerprinter = ValueFingerprinter::forStore(*m_store);
        breakSsnBudget(**fingerprinter);
        QJsonObject recorded;
        {
            WatchService live(*m_store, WatchSettings(), u"hash"_s);
            auto outcome = live.catchUp(QDateTime::currentDateTimeUtc());
            QVERIFY(outcome && outcome->recorded.size() == 1);
            recorded = outcome->recorded.constFirst().toJson();
        }
        open(false); // a restart
        auto book = AlertBook::load(*m_store);
        QVERIFY(book);
        QCOMPARE(book->all().size(), 1);
        QCOMPARE(book->all().constFirst().alert.toJson(), recorded);
        QCOMPARE(book->all().constFirst().state, AlertRecord::State::Open);
        WatchService rebuilt(*m_store, WatchSettings(), u"hash"_s);
        auto outcome = rebuilt.catchUp(QDateTime::currentDateTimeUtc());
        QVERIFY(outcome);
        QCOMPARE(outcome->raised.size(), 1);
        QCOMPARE(outcome->raised.constFirst().toJson(), recorded);
        QCOMPARE(outcome->recorded.size(), 0);
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("dismiss");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("approver dismisses") << u"bob"_s << true << u"month-end run"_s << QString();
        QTest::newRow("risk officer confirms") << u"ruth"_s << false << QString() << QString();
        QTest::newRow("dismissal without reason") << u"bob"_s << true << u"  "_s << u"needs a reason"_s;
        QTest::newRow("developer may not")
            << u"dev"_s << true << u"fine"_s << u"no role that may decide alerts"_s;
        QTest::newRow("not about oneself") << u"alice"_s << true << u"fine"_s << u"about themselves"_s;
        QTest::newRow("wrong password")
            << u"mallory"_s << true << u"fine"_s << u"wrong user name or password"_s;
    }
    void decisions()
    {
        QFETCH(QString, actor);
        QFETCH(bool, dismiss);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);
        auto users = std::make_shared<UserDirectory>(PasswordHasher(kCheapHash));
        UserService admin(*m_store, users);
        QVERIFY(admin.addUser({}, {u"root"_s, {}, {Role::Admin}, {}}, u"root-password-123"_s));
        for (const NewUser &user : QList<NewUser>{{u"bob"_s, {}, {Role::Approver}, {}},
                                                  {u"ruth"_s, {}, {Role::RiskOfficer}, {}},
                                                  {u"dev"_s, {}, {Role::Developer}, {}},
                                                  {u"alice"_s, {}, {Role::Approver}, {}},
                                                  {u"mallory"_s, {}, {Role::Approver}, {}}})
            QVERIFY(admin.addUser(as(u"root"_s), user, user.name + u"-password-123"_s));
        auto fingerprinter = ValueFingerprinter::forStore(*m_store);
        breakSsnBudget(**fingerprinter);
        WatchService service(*m_store, WatchSettings(), u"hash"_s);
        auto outcome = service.catchUp(QDateTime::currentDateTimeUtc());
        QVERIFY(outcome && outcome->recorded.size() == 1);
        const QString id = outcome->recorded.constFirst().id;
        AlertDecider decider(*m_store, users);
        const Credentials credentials =
            actor == u"mallory" ? Credentials::withPassword(actor, u"not-it"_s) : as(actor);
        const auto decided =
            dismiss ? decider.dismiss(id, credentials, reason) : decider.confirm(id, credentials, reason);
        if (!refusal.isEmpty()) {
            QVERIFY(!decided);
            QVERIFY2(decided.error().message.contains(refusal), qPrintable(decided.error().message));
            QCOMPARE(count(EventKind::Alert), 1);
            return;
        }
        QVERIFY2(decided, decided ? "" : qPrintable(decided.error().toString()));
        open(false);
        auto book = AlertBook::load(*m_store);
        const AlertRecord *record = book->find(id);
        QVERIFY(record);
        QCOMPARE(record->state, dismiss ? AlertRecord::State::Dismissed : AlertRecord::State::Confirmed);
        QCOMPARE(record->decidedBy, actor);
        // Decided once only, also after a restart.
        QVERIFY(!AlertDecider(*m_store, users).confirm(id, credentials, {}));
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_watch_store)
#include "tst_watch_store.moc"
