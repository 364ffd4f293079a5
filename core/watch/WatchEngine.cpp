#include "core/watch/WatchEngine.h"

#include "core/watch/NoveltyCusum.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

constexpr int kMaxContributing = 500;

// The median of `values` padded with zeros to `population` entries (users who never sent the class).
double medianOf(QList<double> values, qsizetype population)
{
    while (values.size() < population)
        values.append(0.0);
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

} // namespace

int WatchEngine::dayOf(qint64 timeMs)
{
    return int(timeMs >= 0 ? timeMs / kDayMs : (timeMs - kDayMs + 1) / kDayMs);
}

const QList<int> &WatchEngine::windowDays()
{
    static const QList<int> days{1, 7, 30, 42};
    return days;
}

WatchEngine::WatchEngine(WatchSettings settings, QString policyHash)
    : m_settings(std::move(settings))
    , m_policyHash(std::move(policyHash))
{}

void WatchEngine::setPolicy(const WatchSettings &settings, const QString &policyHash)
{
    m_settings = settings;
    m_policyHash = policyHash;
}

QList<WatchAlert> WatchEngine::advanceTo(qint64 timeMs)
{
    QList<WatchAlert> alerts;
    const int day = dayOf(timeMs);
    if (day <= m_openDay)
        return alerts;
    if (m_openDay != std::numeric_limits<int>::min())
        closeDay(m_openDay, alerts);
    m_openDay = day;
    return alerts;
}

QList<WatchAlert> WatchEngine::observe(const WatchObservation &observation)
{
    QList<WatchAlert> alerts = advanceTo(observation.timeMs);
    if (observation.user.isEmpty())
        return alerts;
    ++m_observed;
    const int day = dayOf(observation.timeMs);
    UserState &state = m_users[observation.user];
    if (!observation.service.isEmpty())
        state.service = observation.service;
    if (state.addActiveDay(day))
        m_activeUsers[day].insert(observation.user);
    for (const ObservedValue &value : observation.values) {
        ValueHistory &history = state.classes[value.valueClass];
        history.record(day, value.fingerprint, observation.seq, observation.covered, m_settings.lookbackDays);
        checkBudget(observation.user, state, value.valueClass, history, observation, alerts);
    }
    return alerts;
}

void WatchEngine::closeDay(int day, QList<WatchAlert> &alerts)
{
    const QSet<QString> active = std::move(m_activeUsers[day]);
    m_activeUsers.erase(m_activeUsers.begin(), m_activeUsers.upper_bound(day));
    // One pass over the day's users: each pair's baseline history, then the peers' medians from
    // those, then the statistic. Users who were not active that day cost nothing.
    std::vector<PairDay> pairs;
    pairs.reserve(std::size_t(active.size()) * 2);
    QHash<QString, qsizetype> population;                // service -> users active today, past warming up
    QHash<QString, QHash<QString, QList<double>>> means; // service -> class -> those users' means
    for (const QString &user : active) {
        UserState &state = m_users[user];
        const bool warming = activeDaysBefore(state, day) < m_settings.warmupDays;
        if (warming)
            continue; // warming up: no baseline yet
        ++population[state.service];
        QHash<QString, QList<double>> &serviceMeans = means[state.service];
        for (auto it = state.classes.begin(); it != state.classes.end(); ++it) {
            PairDay pair{user, &state, it.key(), &it.value(), false, historyOf(state, it.value(), day)};
            serviceMeans[it.key()].append(NoveltyCusum::mean(pair.history));
            pairs.push_back(std::move(pair));
        }
    }
    QHash<QString, QHash<QString, double>> medians; // service -> class -> median
    for (auto service = means.cbegin(); service != means.cend(); ++service)
        for (auto it = service->cbegin(); it != service->cend(); ++it)
            medians[service.key()].insert(it.key(), medianOf(*it, population.value(service.key())));
    const qsizetype first = alerts.size();
    for (PairDay &pair : pairs)
        evaluateNovelty(pair, day, medians[pair.state->service].value(pair.valueClass), alerts);
    // The alerts of one close in a stable order, whatever the hashes' order.
    std::sort(alerts.begin() + first, alerts.end(), [](const WatchAlert &a, const WatchAlert &b) {
        return std::tie(a.user, a.valueClass) < std::tie(b.user, b.valueClass);
    });
    if (day % 7 == 0) // pruning weekly is enough: stale entries never change a count
        forgetBefore(day);
}

bool WatchEngine::UserState::addActiveDay(int day)
{
    // Almost always today, the latest: appended, or already there.
    if (activeDays.empty() || activeDays.back() < day) {
        activeDays.push_back(day);
        return true;
    }
    const auto at = std::lower_bound(activeDays.begin(), activeDays.end(), day);
    if (at != activeDays.end() && *at == day)
        return false;
    activeDays.insert(at, day);
    return true;
}

int WatchEngine::activeDaysBefore(const UserState &state, int day) const
{
    const auto from =
        std::lower_bound(state.activeDays.begin(), state.activeDays.end(), day - m_settings.baselineDays);
    const auto to = std::lower_bound(from, state.activeDays.end(), day);
    return int(to - from);
}

QList<int> WatchEngine::historyOf(const UserState &state, const ValueHistory &history, int day) const
{
    QList<int> counts;
    counts.reserve(std::min(m_settings.baselineDays, int(state.activeDays.size())));
    const int from = day - m_settings.baselineDays;
    const bool skipSome = !history.excludedDays.isEmpty() || !history.runDays.isEmpty();
    // Both are sorted by day: one walk through each.
    auto tally = std::lower_bound(history.days().cbegin(), history.days().cend(), from,
                                  [](const auto &entry, int wanted) { return entry.first < wanted; });
    const auto tallyEnd = history.days().cend();
    for (auto it = std::lower_bound(state.activeDays.begin(), state.activeDays.end(), from);
         it != state.activeDays.end() && *it < day; ++it) {
        while (tally != tallyEnd && tally->first < *it)
            ++tally;
        if (skipSome && (history.excludedDays.contains(*it) || history.runDays.contains(*it)))
            continue;
        counts.append(tally != tallyEnd && tally->first == *it ? tally->second.novel : 0);
    }
    return counts;
}

void WatchEngine::evaluateNovelty(PairDay &pair, int day, double peerMedian, QList<WatchAlert> &alerts)
{
    const QString &user = pair.user;
    const QString &valueClass = pair.valueClass;
    UserState &state = *pair.state;
    ValueHistory &history = *pair.values;
    const NoveltyCusum::Baseline baseline = NoveltyCusum::baseline(pair.history, peerMedian, m_settings);
    const int novel = history.novelOn(day);
    history.cusum = std::max(0.0, history.cusum + NoveltyCusum::step(novel, baseline, m_settings));
    if (history.cusum <= 0.0) {
        history.runDays.clear();
        return;
    }
    history.runDays.append(day);
    if (!history.openAlertId.isEmpty()) {
        history.excludedDays.insert(day);
        history.openAlertDays.append(day);
        return;
    }
    if (history.cusum < m_settings.threshold)
        return;
    WatchAlert alert = newAlert(user, state, valueClass, history, day);
    alert.watcher = u"novel_values"_s;
    alert.severity = u"warning"_s;
    alert.timeMs = qint64(day + 1) * kDayMs;
    alert.statistic = history.cusum;
    alert.threshold = m_settings.threshold;
    alert.baseline = baseline.rate;
    alert.dispersion = baseline.dispersion;
    for (int runDay : std::as_const(history.runDays)) {
        if (const ValueHistory::DayTally *tally = history.tally(runDay)) {
            alert.contributing.append(tally->novelSeqs);
            alert.covered.append(tally->coveredSeqs);
        }
    }
    if (alert.contributing.size() > kMaxContributing)
        alert.contributing = alert.contributing.mid(alert.contributing.size() - kMaxContributing);
    for (int runDay : std::as_const(history.runDays))
        history.excludedDays.insert(runDay);
    history.openAlertDays = history.runDays;
    history.cusum = 0.0;
    history.runDays.clear();
    m_openAlerts.insert(alert.id, {user, valueClass});
    alerts.append(alert);
}

int WatchEngine::budgetOf(const QString &valueClass, int *windowDays) const
{
    if (valueClass == u"secret") {
        *windowDays = m_settings.secretDays;
        return m_settings.secretBudget;
    }
    *windowDays = m_settings.budgetDays;
    return m_settings.budgets.value(valueClass, 0);
}

void WatchEngine::checkBudget(const QString &user, const UserState &state, const QString &valueClass,
                              ValueHistory &history, const WatchObservation &observation,
                              QList<WatchAlert> &alerts)
{
    int days = 0;
    const int budget = budgetOf(valueClass, &days);
    if (budget <= 0 || !history.openAlertId.isEmpty())
        return;
    const int day = dayOf(observation.timeMs);
    const int distinct = history.distinctWithin(day, days);
    if (distinct < std::max(budget, history.budgetRearmAt))
        return;
    WatchAlert alert = newAlert(user, state, valueClass, history, day);
    alert.watcher = u"budget"_s;
    alert.severity = u"high"_s;
    alert.timeMs = observation.timeMs;
    alert.statistic = distinct;
    alert.threshold = std::max(budget, history.budgetRearmAt);
    alert.baseline = days;
    alert.contributing = history.seqsWithin(day, days, &alert.covered);
    history.budgetRearmAt = distinct + budget;
    history.openAlertDays.clear();
    m_openAlerts.insert(alert.id, {user, valueClass});
    alerts.append(alert);
}

WatchAlert WatchEngine::newAlert(const QString &user, const UserState &state, const QString &valueClass,
                                 ValueHistory &history, int day) const
{
    WatchAlert alert;
    alert.id = WatchAlert::idFor(user, valueClass, ++history.alertCount);
    alert.user = user;
    alert.service = state.service;
    alert.valueClass = valueClass;
    alert.day = QDate(1970, 1, 1).addDays(day);
    alert.novelToday = history.novelOn(day);
    for (int window : windowDays())
        alert.windowCounts.append(history.distinctWithin(day, window));
    alert.policyHash = m_policyHash;
    history.openAlertId = alert.id;
    return alert;
}

bool WatchEngine::dismiss(const QString &alertId)
{
    return resolve(alertId, true);
}

bool WatchEngine::confirm(const QString &alertId)
{
    return resolve(alertId, false);
}

bool WatchEngine::resolve(const QString &alertId, bool dismissed)
{
    const auto found = m_openAlerts.constFind(alertId);
    if (found == m_openAlerts.cend())
        return false;
    const auto [user, valueClass] = *found;
    m_openAlerts.erase(found);
    ValueHistory &history = m_users[user].classes[valueClass];
    if (dismissed) // a person said these days were normal: they count toward the baseline now
        for (int day : std::as_const(history.openAlertDays))
            history.excludedDays.remove(day);
    history.openAlertId.clear();
    history.openAlertDays.clear();
    history.cusum = 0.0;
    history.runDays.clear();
    return true;
}

WatchStatus WatchEngine::status(const QString &user, const QString &valueClass) const
{
    WatchStatus status;
    const auto state = m_users.constFind(user);
    if (state == m_users.cend())
        return status;
    status.known = true;
    const int day = m_openDay;
    status.activeDays = activeDaysBefore(*state, day + 1);
    status.warmingUp = activeDaysBefore(*state, day) < m_settings.warmupDays;
    const auto history = state->classes.constFind(valueClass);
    if (history == state->classes.cend())
        return status;
    status.cusum = history->cusum;
    for (int window : windowDays())
        status.windowCounts.append(history->distinctWithin(day, window));
    status.openAlertId = history->openAlertId;
    return status;
}

void WatchEngine::forgetBefore(int day)
{
    const int keep = std::max({m_settings.lookbackDays, m_settings.baselineDays, m_settings.budgetDays,
                               m_settings.secretDays, windowDays().constLast()}) +
                     1;
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        it->activeDays.erase(it->activeDays.begin(),
                             std::lower_bound(it->activeDays.begin(), it->activeDays.end(), day - keep));
        for (ValueHistory &history : it->classes)
            history.forget(day - keep);
    }
}

} // namespace custos
