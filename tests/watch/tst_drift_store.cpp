// The drift watchers over a real SQLCipher store: interactions recorded the way the gateway records
// them (the real policy engine's decisions and hits), placed in simulated weeks by the service's
// event clock (the ledger itself records only "now"). A step is alerted with its evidence, a week
// evaluated again records nothing, a first-seen pair alerts once, a publish that adds a rule is
// replayed away, small stores say "not enough traffic", and people decide drift alerts as any other.
#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyEngine.h"
#include "core/publishing/PolicyVersions.h"
#include "core/watch/AlertBook.h"
#include "core/watch/AlertDecider.h"
#include "core/watch/DriftService.h"
#include "tests/support/CustosTest.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <random>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const PasswordHasher::Cost kDriftHash{10, 8, 1};
const QDate kWeekEnding(2026, 6, 28); // the judged week is June 22 to 28

const QByteArray kPolicyV1 = "id: drift-store\nrules:\n"
                             "  - id: r-pii\n    conditions: {classes: [PII]}\n    action: monitor\n";
// v2 adds a rule on cards, which a tenth of the traffic carries.
const QByteArray kPolicyV2 =
    kPolicyV1 + "  - id: r-card\n    conditions: {classes: [PCI]}\n    action: monitor\n";

qint64 msOf(const QDate &day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

// What a day's traffic carries: the chance of an e-mail address, of a card, and who sends a phone
// number (nobody by default).
struct DayMix
{
    double email = 0.1;
    double card = 0.1;
    QString phoneSender;
};

} // namespace

class tst_drift_store : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceStore> m_store;
    QHash<qint64, qint64> m_times; // seq -> simulated time
    std::shared_ptr<const PolicyEngine> m_engine;
    std::mt19937_64 m_random{42};

    QString path() const { return m_dir.filePath(u"drift.db"_s); }

    std::unique_ptr<DriftService> service()
    {
        auto made = DriftService::forActivePolicy(*m_store);
        if (!made)
            return {};
        const QHash<qint64, qint64> times = m_times;
        (*made)->setEventClock([times](qint64 seq, qint64 recorded) { return times.value(seq, recorded); });
        return std::move(*made);
    }

    QString publish(const QByteArray &source, qint64 atMs)
    {
        auto policy = Policy::fromYaml(source);
        if (!policy)
            return {};
        auto version = PolicyVersions(*m_store, nullptr).recordLoadedFile(*policy, u"drift.yaml"_s);
        if (!version)
            return {};
        m_times.insert(version->seq, atMs);
        auto engine = PolicyEngine::compile(*policy);
        m_engine = engine ? *engine : nullptr;
        return version->hash;
    }

    // One interaction as the gateway records it: the engine's decision on the request as received.
    qint64 record(const QString &user, const QString &text, qint64 atMs)
    {
        const QJsonObject body{
            {u"model"_s, u"gpt-4o"_s},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}}}};
        EvaluationContext context;
        context.service = u"billing"_s;
        context.user = user;
        context.model = u"gpt-4o"_s;
        context.route = u"openai"_s;
        const Decision decision = m_engine->evaluate(context, body);
        InteractionDecision request;
        request.action = decision.action;
        request.rules = decision.ruleIds();
        request.route = u"openai"_s;
        for (const PolicyHit &hit : decision.hits)
            request.hits.append(InteractionHit{hit.hit.detectorId,
                                               hit.hit.dataClass,
                                               hit.path,
                                               hit.hit.start,
                                               hit.hit.end,
                                               hit.hit.confidence,
                                               {}});
        InteractionPayload payload;
        payload.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        payload.endpoint = u"/v1/chat/completions"_s;
        payload.hasCaller = true;
        payload.user = user;
        payload.service = u"billing"_s;
        payload.keyPrefix = u"ck_drift"_s;
        payload.api = ApiFlavor::OpenAIChat;
        payload.model = u"gpt-4o"_s;
        payload.route = u"openai"_s;
        payload.policyHash = decision.policyHash;
        payload.requestReceived = body;
        payload.requestForwarded = body;
        payload.hasRequest = true;
        payload.decisions = {request};
        payload.decision = decision.action;
        EvidenceEvent event;
        event.kind = EventKind::Interaction;
        event.actor = u"gateway"_s;
        event.policyHash = decision.policyHash;
        event.user = user;
        event.service = u"billing"_s;
        event.model = u"gpt-4o"_s;
        event.route = u"openai"_s;
        event.decision = actionName(decision.action);
        event.rules = decision.ruleIds();
        event.dataClasses = decision.dataClasses();
        event.payload = payload.toJson();
        auto seq = m_store->append(event);
        if (!seq)
            return -1;
        m_times.insert(*seq, atMs);
        return *seq;
    }

    // `perDay` interactions a day from `first` to `last`, by alice, bob and carol.
    void traffic(const QDate &first, const QDate &last, int perDay, const DayMix &mix)
    {
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        const QStringList users{u"alice"_s, u"bob"_s, u"carol"_s};
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            for (int i = 0; i < perDay; ++i) {
                const QString user = users[i % users.size()];
                QString text = u"please summarise the quarterly figures for region %1"_s.arg(i);
                if (unit(m_random) < mix.email)
                    text += u" and write to ann.lee%1@example.com"_s.arg(i);
                if (unit(m_random) < mix.card)
                    text += u" card 4111 1111 1111 1111"_s;
                if (user == mix.phoneSender && i % 6 == 0)
                    text += u" call +44 20 7946 0958"_s;
                record(user, text, msOf(day, 1 + (i * 22) / perDay));
            }
        }
    }

    QList<AlertRecord> alerts(const QString &watcher) const
    {
        QList<AlertRecord> out;
        auto book = AlertBook::load(*m_store);
        for (const AlertRecord &record : book ? book->all() : QList<AlertRecord>{}) {
            if (record.alert.watcher == watcher)
                out.append(record);
        }
        return out;
    }

    qint64 count(EventKind kind) const
    {
        EvidenceQuery query;
        query.kind = kind;
        auto events = m_store->queryAll(query);
        return events ? events->size() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        QFile::remove(path());
        auto created = EvidenceStore::create(
            path(), KeySource::rawKey(QByteArray::fromHex(
                        "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100")));
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        m_store = std::move(*created);
        m_times.clear();
        QVERIFY(!publish(kPolicyV1, msOf(QDate(2026, 5, 1))).isEmpty());
    }

    // E-mail in 10 % of the requests for four weeks, then in 40 %: one drift.hit_rate alert for
    // (billing, email), with the week's e-mail interactions as its evidence; a second evaluation of the
    // week, and one by a restarted service, record nothing more.
    void stepIsAlertedOnceWithItsEvidence()
    {
        traffic(QDate(2026, 5, 25), QDate(2026, 6, 21), 12, DayMix{});
        traffic(QDate(2026, 6, 22), kWeekEnding, 12, DayMix{0.4, 0.1, {}});
        auto drift = service();
        QVERIFY(drift);
        auto report = drift->evaluateWeek(kWeekEnding);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->judgedInteractions, 7 * 12);
        QCOMPARE(report->baselineInteractions, 28 * 12);
        const auto hitRate = alerts(u"drift.hit_rate"_s);
        QCOMPARE(hitRate.size(), 1);
        const WatchAlert &alert = hitRate.constFirst().alert;
        QCOMPARE(alert.service, u"billing"_s);
        QCOMPARE(alert.valueClass, u"email"_s);
        QCOMPARE(alert.day, kWeekEnding);
        QVERIFY(alert.statistic <= alert.threshold);
        QCOMPARE(alert.threshold, 0.01);
        QCOMPARE(alert.windowCounts.size(), 4);
        QCOMPARE(alert.windowCounts[1], 7 * 12);
        QCOMPARE(alert.windowCounts[3], 28 * 12);
        QCOMPARE(alert.contributing.size(), alert.windowCounts[0]);
        QVERIFY(alert.baseline > 50 && alert.baseline < 160); // per 1,000 interactions: about 100
        QCOMPARE(alert.detail.value(u"test"_s).toString(), u"conditional binomial"_s);
        QCOMPARE(alert.detail.value(u"note"_s).toString(), u"up"_s);
        QVERIFY(!alert.detail.contains(u"replayed"_s));
        QVERIFY(!alert.policyHash.isEmpty());
        for (qint64 seq : alert.contributing) {
            auto event = m_store->event(seq);
            QVERIFY(event && *event);
            QVERIFY((*event)->dataClasses.contains(u"PII"_s));
            QVERIFY(m_times.value(seq) >= msOf(QDate(2026, 6, 22), 0));
        }
        const qint64 alertEvents = count(EventKind::Alert);
        auto again = drift->evaluateWeek(kWeekEnding);
        QVERIFY(again);
        QVERIFY(again->recorded.isEmpty());
        QCOMPARE(again->raised.size(), report->raised.size());
        auto restarted = service();
        auto third = restarted->evaluateWeek(kWeekEnding);
        QVERIFY(third && third->recorded.isEmpty());
        QCOMPARE(count(EventKind::Alert), alertEvents);
    }

    // Alice sends phone numbers for the first time in the judged week: the service's first and
    // alice's first, once; the next week's phone numbers are no longer news.
    void firstSeenPairAlertsOnce()
    {
        traffic(QDate(2026, 5, 25), QDate(2026, 6, 21), 12, DayMix{});
        traffic(QDate(2026, 6, 22), QDate(2026, 7, 5), 12, DayMix{0.1, 0.1, u"alice"_s});
        auto drift = service();
        auto week = drift->evaluateWeek(kWeekEnding);
        QVERIFY(week);
        auto firstSeen = alerts(u"drift.first_seen"_s);
        QCOMPARE(firstSeen.size(), 2);
        QStringList who;
        for (const AlertRecord &record : firstSeen) {
            QCOMPARE(record.alert.valueClass, u"phone_number"_s);
            QVERIFY(!record.alert.contributing.isEmpty());
            who.append(record.alert.user.isEmpty() ? u"service"_s : record.alert.user);
        }
        std::ranges::sort(who);
        QCOMPARE(who, (QStringList{u"alice"_s, u"service"_s}));
        auto next = drift->evaluateWeek(kWeekEnding.addDays(7));
        QVERIFY(next);
        QCOMPARE(alerts(u"drift.first_seen"_s).size(), 2);
    }

    // v2, published mid-week, adds a rule that fires on every card (30 % of the traffic). Replayed
    // under v1, the week's traffic shows no rule-rate jump; a real step in the same week is still
    // found, and its alert says it was judged on replayed decisions.
    void publishAddingARuleIsNotRuleDrift()
    {
        traffic(QDate(2026, 5, 25), QDate(2026, 6, 21), 12, DayMix{0.1, 0.3, {}});
        traffic(QDate(2026, 6, 22), QDate(2026, 6, 24), 12, DayMix{0.4, 0.3, {}});
        const QString v1 = PolicyVersions(*m_store, nullptr).active()->value().hash;
        QVERIFY(!publish(kPolicyV2, msOf(QDate(2026, 6, 25), 0)).isEmpty());
        traffic(QDate(2026, 6, 25), kWeekEnding, 12, DayMix{0.4, 0.3, {}});
        EvidenceQuery cardRule;
        cardRule.kind = EventKind::Interaction;
        cardRule.rule = u"r-card"_s;
        const qint64 fired = m_store->queryAll(cardRule)->size();
        QVERIFY2(fired >= 10, "the new rule fired often enough to be a jump against a baseline of none");
        auto drift = service();
        auto report = drift->evaluateWeek(kWeekEnding);
        QVERIFY(report);
        QCOMPARE(report->replayed, 4 * 12);
        QCOMPARE(report->replaySkipped, 0);
        QCOMPARE(report->referenceVersion, v1);
        QVERIFY(alerts(u"drift.rule_rate"_s).isEmpty() ||
                std::ranges::none_of(alerts(u"drift.rule_rate"_s),
                                     [](const AlertRecord &r) { return r.alert.subject == u"r-card"; }));
        for (const DriftFinding &finding : report->findings)
            QVERIFY2(finding.subject != u"r-card", "under v1 the card rule does not exist");
        const auto hitRate = alerts(u"drift.hit_rate"_s);
        QCOMPARE(hitRate.size(), 1);
        QCOMPARE(hitRate.constFirst().alert.detail.value(u"replayed"_s).toInteger(), 4 * 12);
        QCOMPARE(hitRate.constFirst().alert.detail.value(u"replayed_under"_s).toString(), v1);
        QCOMPARE(hitRate.constFirst().alert.policyHash,
                 PolicyVersions(*m_store, nullptr).active()->value().hash);
    }

    // A young or quiet store: every statistical watcher says not enough traffic and raises nothing,
    // even with e-mail in 90 % of the week's requests (a first sighting is a fact and may be raised).
    void smallStoreIsNotEnoughTraffic_data()
    {
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("baselineDays");
        QTest::newRow("no baseline") << 20 << 0;
        QTest::newRow("three a day") << 3 << 28;
    }
    void smallStoreIsNotEnoughTraffic()
    {
        QFETCH(int, perDay);
        QFETCH(int, baselineDays);
        if (baselineDays > 0)
            traffic(QDate(2026, 6, 22).addDays(-baselineDays), QDate(2026, 6, 21), perDay, DayMix{});
        traffic(QDate(2026, 6, 22), kWeekEnding, perDay, DayMix{0.9, 0.5, {}});
        auto report = service()->evaluateWeek(kWeekEnding);
        QVERIFY(report);
        for (const WatchAlert &alert : std::as_const(report->recorded))
            QVERIFY2(alert.watcher == u"drift.first_seen", qPrintable(alert.watcher));
        if (baselineDays == 0) // no history: not even a first sighting can be told
            QCOMPARE(count(EventKind::Alert), 0);
        QStringList notEnough;
        for (const DriftFinding &finding : report->findings) {
            if (finding.inFamily)
                QVERIFY(finding.outcome != DriftFinding::Outcome::Alert);
            if (finding.outcome == DriftFinding::Outcome::NotEnoughTraffic &&
                !notEnough.contains(finding.watcher))
                notEnough.append(finding.watcher);
        }
        for (const QString &watcher : {u"drift.hit_rate"_s, u"drift.rule_rate"_s, u"drift.class_mix"_s,
                                       u"drift.model_mix"_s, u"drift.route_mix"_s, u"drift.prompt_length"_s})
            QVERIFY2(notEnough.contains(watcher), qPrintable(watcher));
    }

    // A rule in force for 30 days that never fired is reported once; not again the week after.
    void deadRuleIsReportedOnce()
    {
        // v0 (the fixture's) is replaced by a policy with a rule on SSNs, which nobody sends.
        QVERIFY(
            !publish(kPolicyV1 + "  - id: r-ssn\n    conditions: {detectors: [us_ssn]}\n    action: block\n",
                     msOf(QDate(2026, 5, 2)))
                 .isEmpty());
        traffic(QDate(2026, 5, 25), QDate(2026, 7, 5), 4, DayMix{});
        auto drift = service();
        QVERIFY(drift->evaluateWeek(kWeekEnding));
        const auto dead = alerts(u"drift.dead_rule"_s);
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.constFirst().alert.subject, u"r-ssn"_s);
        QCOMPARE(dead.constFirst().alert.severity, u"info"_s);
        QVERIFY(drift->evaluateWeek(kWeekEnding.addDays(7)));
        QCOMPARE(alerts(u"drift.dead_rule"_s).size(), 1);
    }

    // Drift alerts are decided like any other: dismissed with a reason by an approver, after which the
    // next week may raise the pair again; while one is open, the next week's is not recorded.
    void decisionsOnDriftAlerts()
    {
        auto users = std::make_shared<UserDirectory>(PasswordHasher(kDriftHash));
        UserService admin(*m_store, users);
        QVERIFY(admin.addUser({}, {u"root"_s, {}, {Role::Admin}, {}}, u"root-password-123"_s));
        QVERIFY(admin.addUser(Credentials::withPassword(u"root"_s, u"root-password-123"_s),
                              {u"ruth"_s, {}, {Role::RiskOfficer}, {}}, u"ruth-password-123"_s));
        traffic(QDate(2026, 5, 25), QDate(2026, 6, 21), 12, DayMix{});
        traffic(QDate(2026, 6, 22), QDate(2026, 7, 5), 12, DayMix{0.4, 0.1, {}});
        auto drift = service();
        QVERIFY(drift->evaluateWeek(kWeekEnding));
        auto open = alerts(u"drift.hit_rate"_s);
        QCOMPARE(open.size(), 1);
        auto held = drift->evaluateWeek(kWeekEnding.addDays(7)); // still 40 %: the same key, still open
        QVERIFY(held);
        QVERIFY(std::ranges::any_of(held->skipped,
                                    [](const WatchAlert &a) { return a.watcher == u"drift.hit_rate"; }));
        QCOMPARE(alerts(u"drift.hit_rate"_s).size(), 1);
        AlertDecider decider(*m_store, users);
        QVERIFY(!decider.dismiss(open.constFirst().alert.id,
                                 Credentials::withPassword(u"ruth"_s, u"ruth-password-123"_s), {}));
        auto dismissed = decider.dismiss(open.constFirst().alert.id,
                                         Credentials::withPassword(u"ruth"_s, u"ruth-password-123"_s),
                                         u"the new newsletter workflow sends addresses"_s);
        QVERIFY2(dismissed, dismissed ? "" : qPrintable(dismissed.error().toString()));
        QCOMPARE(alerts(u"drift.hit_rate"_s).constFirst().state, AlertRecord::State::Dismissed);
        // Week 2 evaluated again now that the first is closed: its alert is recorded.
        auto afterDismissal = drift->evaluateWeek(kWeekEnding.addDays(7));
        QVERIFY(afterDismissal);
        QCOMPARE(alerts(u"drift.hit_rate"_s).size(), 2);
    }
};

CUSTOS_GUILESS_TEST_MAIN(tst_drift_store)
#include "tst_drift_store.moc"
