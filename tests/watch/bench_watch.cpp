// bench_watch: the slow-exfiltration watchers on generated traffic (detection rate, delay, false
// alerts) and at scale (1M interactions through the engine). Prints figures; never a test.
//
// Traffic model (per seed): 60 days starting on a random weekday; 50 users over 3 services with a
// weekday rhythm (5-40 requests a workday, a weekend day now and then); each user has an own mix of
// value classes (e-mail for most, phone, card, IBAN, SSN and secrets for some) and an own pool of
// values per class, mostly reused (a new e-mail address or phone number with probability 2-10 % per
// value sent, from a pool of 20-200; a new card, IBAN or SSN with 0.5-2 %, from 1-6); 30 % of the
// users have one benign burst day of 8-30 new e-mail addresses or phone numbers; 20 % step up their
// activity by 1.5-2x from a
// random day. One planted exfiltrator (a random user) sends k new values of the scenario's class on
// every workday from day 15, in extra requests of at most 2 values each. The store already holds
// 42 days of the same users' traffic (a second table runs from an empty store). False alerts are
// dismissed the next day, as a person would.
//
// For tuning: BENCH_WATCH_SET="ratio=2.5,shift=3,threshold=7.5,max_step=2.5,peer=7" overrides the
// settings; BENCH_WATCH_FALSE=1 lists the false alerts; BENCH_WATCH_DEBUG=1 and BENCH_WATCH_TRACE=1
// print the planted exfiltrator's state. --no-scale and --scale-only pick the parts.
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDays = 60;
constexpr int kPriorDays = 42; // the history a deployed store already holds when the 60 days begin
constexpr int kBaseDay = 100;  // engine day of day 0, so that the prior days stay positive
constexpr int kUsers = 50;
constexpr int kExfilStart = 15;
constexpr int kSeeds = 20;
const QStringList kClasses{u"email"_s, u"phone_number"_s, u"credit_card"_s,
                           u"iban"_s,  u"us_ssn"_s,       u"secret"_s};

struct Scenario
{
    const char *name;
    QString valueClass;
    int k;
};

struct SimUser
{
    QString name;
    QString service;
    double rate = 10;
    QList<double> mix;      // per class: share of requests carrying it
    QList<int> pool;        // per class: values known so far
    QList<double> newValue; // per class: the chance that a value sent is a new one
    int burstDay = -1;
    int burstSize = 0;
    int stepDay = -1;
    double stepFactor = 1.0;
};

struct Outcome
{
    bool detected = false;
    int delay = 0;
    int falseAlerts = 0;
    int falseBudget = 0; // of them from the hard budgets
};

class Traffic
{
public:
    Traffic(unsigned seed, const Scenario *scenario)
        : m_random(seed)
        , m_scenario(scenario)
    {
        m_firstWeekday = int(m_random() % 7);
        for (int u = 0; u < kUsers; ++u)
            m_users.push_back(makeUser(u));
        m_exfiltrator = int(m_random() % kUsers);
    }

    bool workday(int day) const { return (day + kBaseDay + m_firstWeekday) % 7 < 5; }

    // With `priorDays`, the users' traffic of that many days before day 0 is fed first; it is not
    // measured (alerts on it are neither counted nor left open: they are dismissed as false).
    Outcome run(const WatchSettings &settings, int priorDays)
    {
        WatchEngine engine(settings);
        Outcome outcome;
        QList<std::pair<int, QString>> pendingDismissals; // day, alert id
        int firstExfilDay = kExfilStart;
        while (!workday(firstExfilDay))
            ++firstExfilDay;
        const QString exfilUser = m_users[std::size_t(m_exfiltrator)].name;
        const auto account = [&](const QList<WatchAlert> &alerts) {
            for (const WatchAlert &alert : alerts) {
                const int day = int(alert.day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) - kBaseDay;
                const bool planted = m_scenario && alert.user == exfilUser &&
                                     alert.valueClass == m_scenario->valueClass && day >= firstExfilDay;
                if (planted && !outcome.detected) {
                    outcome.detected = true;
                    outcome.delay = day - firstExfilDay;
                } else if (!planted) {
                    outcome.falseAlerts += day >= 0;
                    outcome.falseBudget += day >= 0 && alert.watcher == u"budget";
                    if (day >= 0 && qEnvironmentVariableIsSet("BENCH_WATCH_FALSE"))
                        std::printf("    false %s %s %s day %d stat %.2f baseline %.2f novel %d\n",
                                    qPrintable(alert.watcher), qPrintable(alert.user),
                                    qPrintable(alert.valueClass), day, alert.statistic, alert.baseline,
                                    alert.novelToday);
                    // A person looks at it and dismisses it the next morning.
                    pendingDismissals.append({day + 1, alert.id});
                }
            }
        };
        qint64 seq = 0;
        for (int day = -priorDays; day < kDays; ++day) {
            account(engine.advanceTo(qint64(day + kBaseDay) * WatchEngine::kDayMs));
            if (qEnvironmentVariableIsSet("BENCH_WATCH_TRACE") && m_scenario && day >= kExfilStart - 2 &&
                day < 25) {
                const WatchStatus status = engine.status(exfilUser, m_scenario->valueClass);
                std::printf("    day %d workday %d cusum %.2f warming %d active %d windows %s open %s\n", day,
                            workday(day - 1), status.cusum, status.warmingUp, status.activeDays,
                            qPrintable(QString::number(status.windowCounts.value(0))),
                            qPrintable(status.openAlertId));
            }
            for (const auto &[dismissDay, id] : std::as_const(pendingDismissals))
                if (dismissDay == day)
                    engine.dismiss(id);
            for (std::size_t u = 0; u < m_users.size(); ++u)
                for (WatchObservation &observation : dayOf(m_users[u], int(u) == m_exfiltrator, day))
                    account(engine.observe((observation.seq = ++seq, observation)));
        }
        account(engine.advanceTo(qint64(kDays + kBaseDay + 1) * WatchEngine::kDayMs));
        if (qEnvironmentVariableIsSet("BENCH_WATCH_DEBUG") && m_scenario) {
            const SimUser &user = m_users[std::size_t(m_exfiltrator)];
            const WatchStatus status = engine.status(user.name, m_scenario->valueClass);
            std::printf(
                "  %s rate %.1f mix %.2f new %.3f pool %d: detected %d delay %d, cusum %.2f open %s\n",
                qPrintable(user.name), user.rate, user.mix.at(kClasses.indexOf(m_scenario->valueClass)),
                user.newValue.at(kClasses.indexOf(m_scenario->valueClass)),
                user.pool.at(kClasses.indexOf(m_scenario->valueClass)), outcome.detected, outcome.delay,
                status.cusum, qPrintable(status.openAlertId));
        }
        return outcome;
    }

private:
    double uniform(double from, double to)
    {
        return std::uniform_real_distribution<double>(from, to)(m_random);
    }
    bool chance(double p) { return uniform(0, 1) < p; }

    SimUser makeUser(int index)
    {
        SimUser user;
        user.name = u"user%1"_s.arg(index);
        user.service = u"svc%1"_s.arg(index % 3);
        user.rate = uniform(5, 40);
        // Contacts come and go; a person's own customers' cards, accounts and SSNs rarely change.
        const double contacts = uniform(0.02, 0.10);
        const double records = uniform(0.005, 0.02);
        user.newValue = {contacts, contacts, records, records, records, 0.002};
        const QList<std::pair<double, double>> poolSizes{{20, 200}, {10, 60}, {1, 6}, {1, 4}, {1, 4}, {1, 2}};
        user.mix = {chance(0.85) ? uniform(0.2, 0.8) : 0.0,  chance(0.4) ? uniform(0.05, 0.3) : 0.0,
                    chance(0.2) ? uniform(0.02, 0.15) : 0.0, chance(0.1) ? uniform(0.02, 0.1) : 0.0,
                    chance(0.1) ? uniform(0.01, 0.05) : 0.0, chance(0.1) ? uniform(0.005, 0.02) : 0.0};
        for (qsizetype c = 0; c < kClasses.size(); ++c)
            user.pool.append(user.mix.at(c) > 0 ? int(uniform(poolSizes.at(c).first, poolSizes.at(c).second))
                                                : 0);
        if (chance(0.3)) {
            user.burstDay = int(uniform(0, kDays));
            user.burstSize = int(uniform(8, 30));
        }
        if (chance(0.2)) {
            user.stepDay = int(uniform(0, kDays));
            user.stepFactor = uniform(1.5, 2.0);
        }
        return user;
    }

    QString valueOf(const SimUser &user, qsizetype valueClass, int index) const
    {
        return user.name + u'/' + kClasses.at(valueClass) + u'/' + QString::number(index);
    }

    // A reused value: a skewed pick from the pool (recent and popular values are sent more).
    int reused(const SimUser &user, qsizetype valueClass)
    {
        const int size = std::max(1, user.pool.at(valueClass));
        const double u = uniform(0, 1);
        return int(double(size) * u * u);
    }

    QList<WatchObservation> dayOf(SimUser &user, bool exfiltrator, int day)
    {
        QList<WatchObservation> out;
        double rate = user.rate * (user.stepDay >= 0 && day >= user.stepDay ? user.stepFactor : 1.0);
        if (!workday(day))
            rate = chance(0.1) ? rate * 0.2 : 0.0;
        const int requests = std::poisson_distribution<int>(rate)(m_random);
        const qint64 dayStart = qint64(day + kBaseDay) * WatchEngine::kDayMs + 8 * 3'600'000;
        const auto observation = [&](int i) {
            WatchObservation o;
            o.timeMs = dayStart + qint64(i) * 60'000;
            o.user = user.name;
            o.service = user.service;
            return o;
        };
        for (int r = 0; r < requests; ++r) {
            WatchObservation o = observation(r);
            for (qsizetype c = 0; c < kClasses.size(); ++c) {
                if (!chance(user.mix.at(c)))
                    continue;
                const int values = chance(0.3) ? 2 : 1;
                for (int v = 0; v < values; ++v) {
                    const int index = chance(user.newValue.at(c)) ? user.pool[c]++ : reused(user, c);
                    o.addValue(kClasses.at(c), valueOf(user, c, index));
                }
            }
            out.append(o);
        }
        if (day == user.burstDay && requests > 0) {
            WatchObservation o = observation(requests);
            // A mailing or a call list: contacts, never a dump of cards (that is what budgets are for).
            const qsizetype c = user.mix.at(0) >= user.mix.at(1) ? 0 : 1;
            for (int v = 0; v < user.burstSize; ++v)
                o.addValue(kClasses.at(c), valueOf(user, c, user.pool[c]++));
            out.append(o);
        }
        if (exfiltrator && m_scenario && day >= kExfilStart && workday(day)) {
            const qsizetype c = kClasses.indexOf(m_scenario->valueClass);
            for (int sent = 0, i = 0; sent < m_scenario->k; ++i) {
                WatchObservation o = observation(requests + 1 + i);
                for (int v = 0; v < 2 && sent < m_scenario->k; ++v, ++sent)
                    o.addValue(kClasses.at(c),
                               u"exfil/"_s + QString::number(day) + u'/' + QString::number(sent));
                out.append(o);
            }
        }
        return out;
    }

    std::mt19937 m_random;
    const Scenario *m_scenario;
    int m_firstWeekday = 0;
    std::vector<SimUser> m_users;
    int m_exfiltrator = 0;
};

// CPU time of this thread: on a machine shared with other builds, wall time mostly measures them.
double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double percentile(std::vector<int> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

void detection(const WatchSettings &settings, int priorDays)
{
    std::printf("%s\n", priorDays ? "with 42 days of earlier traffic in the store (a deployed store):"
                                  : "from an empty store (every user warms up from day 0):");
    const Scenario scenarios[] = {{"e-mail k=5", u"email"_s, 5},
                                  {"e-mail k=3", u"email"_s, 3},
                                  {"card k=2", u"credit_card"_s, 2},
                                  {"card k=1", u"credit_card"_s, 1},
                                  {"SSN k=1", u"us_ssn"_s, 1}};
    std::printf("%-12s %9s %7s %5s %5s %22s\n", "scenario", "detected", "median", "p90", "max",
                "false/100 user-weeks");
    const double userWeeks = double(kUsers) * kDays / 7.0 * kSeeds;
    int falseTotal = 0;
    double weeksTotal = 0;
    for (const Scenario &scenario : scenarios) {
        int detected = 0;
        int falseAlerts = 0;
        std::vector<int> delays;
        for (int seed = 1; seed <= kSeeds; ++seed) {
            const Outcome outcome = Traffic(unsigned(seed), &scenario).run(settings, priorDays);
            if (outcome.detected) {
                ++detected;
                delays.push_back(outcome.delay);
            }
            falseAlerts += outcome.falseAlerts;
        }
        falseTotal += falseAlerts;
        weeksTotal += userWeeks;
        if (delays.empty())
            std::printf("%-12s %8.0f%% %7s %5s %5s %22.2f\n", scenario.name, 0.0, "-", "-", "-",
                        100.0 * falseAlerts / userWeeks);
        else
            std::printf("%-12s %8.0f%% %6.0fd %4.0fd %4.0fd %22.2f\n", scenario.name,
                        100.0 * detected / kSeeds, percentile(delays, 0.5), percentile(delays, 0.9),
                        percentile(delays, 1.0), 100.0 * falseAlerts / userWeeks);
    }
    int benignFalse = 0;
    int benignBudget = 0;
    for (int seed = 1; seed <= kSeeds; ++seed) {
        const Outcome outcome = Traffic(unsigned(seed), nullptr).run(settings, priorDays);
        benignFalse += outcome.falseAlerts;
        benignBudget += outcome.falseBudget;
    }
    std::printf("%-12s %9s %7s %5s %5s %22.2f (budgets %.2f)\n", "no exfil", "-", "-", "-", "-",
                100.0 * benignFalse / userWeeks, 100.0 * benignBudget / userWeeks);
    std::printf("all scenarios: %.2f false alerts per 100 user-weeks (%d over %.0f user-weeks)\n",
                100.0 * falseTotal / weeksTotal, falseTotal, weeksTotal);
}

// 1M interactions: 2,000 users over 100 days, 5 a day, one or two values each.
void scale(const WatchSettings &settings)
{
    constexpr int users = 2000;
    constexpr int days = 100;
    constexpr int perDay = 5;
    std::mt19937 random(7);
    const ValueFingerprinter fingerprinter(QByteArray(32, 'k'));
    QList<WatchObservation> stream;
    stream.reserve(qsizetype(users) * days * perDay);
    qint64 seq = 0;
    for (int day = 0; day < days; ++day)
        for (int r = 0; r < perDay; ++r)
            for (int u = 0; u < users; ++u) {
                WatchObservation o;
                o.seq = ++seq;
                o.timeMs = qint64(day) * WatchEngine::kDayMs + qint64(r) * 3'600'000 + u;
                o.user = u"u"_s + QString::number(u);
                o.service = u"s"_s + QString::number(u % 10);
                const int values = 1 + int(random() % 2);
                for (int v = 0; v < values; ++v) {
                    const QString valueClass = kClasses.at(qsizetype(random() % 3));
                    // Real fingerprints (32 hex digits), as the gateway records them.
                    o.addValue(valueClass,
                               fingerprinter.fingerprint(valueClass, QString::number(random() % 300)));
                }
                stream.append(o);
            }
    WatchEngine engine(settings);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadSeconds();
    qint64 alerts = 0;
    qint64 closingNs = 0; // the observations that closed a day, and so paid for its evaluation
    for (const WatchObservation &observation : std::as_const(stream)) {
        const int before = engine.openDay();
        const qint64 started = timer.nsecsElapsed();
        alerts += engine.observe(observation).size();
        if (engine.openDay() != before)
            closingNs += timer.nsecsElapsed() - started;
    }
    alerts += engine.advanceTo(qint64(days + 1) * WatchEngine::kDayMs).size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = threadSeconds() - cpuStart;
    std::printf(
        "scale: %lld interactions (%d users, %d days) evaluated in %.2f s of thread CPU time (%.2f s wall, "
        "day closes %.2f s wall), %lld alerts\n",
        static_cast<long long>(stream.size()), users, days, cpu, seconds, double(closingNs) / 1e9,
        static_cast<long long>(alerts));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    WatchSettings settings;
    // For tuning: BENCH_WATCH_SET="ratio=3,threshold=7,max_step=2.5,shift=1,peer=7"
    for (const QString &pair : qEnvironmentVariable("BENCH_WATCH_SET").split(u',', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const double value = pair.section(u'=', 1).toDouble();
        if (key == u"ratio")
            settings.ratio = value;
        else if (key == u"shift")
            settings.shift = value;
        else if (key == u"threshold")
            settings.threshold = value;
        else if (key == u"max_step")
            settings.maxStep = value;
        else if (key == u"peer")
            settings.peerWeightDays = value;
    }
    std::printf("settings: ratio %.2f shift %.2f threshold %.2f max_step %.2f peer_weight_days %.1f\n",
                settings.ratio, settings.shift, settings.threshold, settings.maxStep,
                settings.peerWeightDays);
    std::printf(
        "bench_watch: %d seeds, %d users, %d days, exfiltration from day %d; default watch settings\n",
        kSeeds, kUsers, kDays, kExfilStart);
    if (!app.arguments().contains(u"--scale-only"_s)) {
        detection(settings, kPriorDays);
        detection(settings, 0);
    }
    if (!app.arguments().contains(u"--no-scale"_s))
        scale(settings);
    return 0;
}
