#pragma once

// Generated traffic for the drift watchers' tests and bench_drift: services whose interactions each
// week are Poisson in number, with fixed chances of carrying each value class, firing each rule,
// going to each model and route, and a prompt length drawn from a fixed distribution. The same
// profile every week is the null hypothesis; a Step changes one aspect in the judged week.
#include "core/watch/DriftWindow.h"

#include <QStringList>

#include <cmath>
#include <random>

namespace custos::drifttest {

struct Step
{
    QString aspect; // "", "hit_rate", "rule_rate", "class_mix", "model_mix", "route_mix", "prompt_length"
    double factor = 3.0;
};

struct Profile
{
    double interactionsPerWeek = 300;
    int services = 3;
    int usersPerService = 20;
    QList<std::pair<QString, double>> classes{{QStringLiteral("email"), 0.04},
                                              {QStringLiteral("phone_number"), 0.03},
                                              {QStringLiteral("credit_card"), 0.01}};
    QList<std::pair<QString, double>> rules{{QStringLiteral("r-length"), 0.03}};
    QList<std::pair<QString, double>> models{{QStringLiteral("gpt-4o"), 0.7},
                                             {QStringLiteral("claude"), 0.3}};
    QList<std::pair<QString, double>> routes{{QStringLiteral("openai"), 0.8},
                                             {QStringLiteral("anthropic"), 0.2}};
    double promptMedian = 400; // log-normal, sigma 0.8
};

inline QString pick(const QList<std::pair<QString, double>> &shares, double u)
{
    for (const auto &[name, share] : shares) {
        if (u < share)
            return name;
        u -= share;
    }
    return shares.last().first;
}

// One service-week of observations; `judged` applies the step.
inline void generateWeek(std::mt19937_64 &random, const Profile &profile, int service, qint64 weekStartMs,
                         const Step &step, qint64 &seq, QList<DriftObservation> &into)
{
    constexpr qint64 kWeekMs = 7 * 86'400'000LL;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::poisson_distribution<int> count(profile.interactionsPerWeek);
    std::lognormal_distribution<double> length(std::log(profile.promptMedian), 0.8);
    const QString serviceName = QStringLiteral("svc-%1").arg(service);
    const double factor = step.factor;
    auto classes = profile.classes;
    auto rules = profile.rules;
    auto models = profile.models;
    auto routes = profile.routes;
    if (step.aspect == u"hit_rate")
        classes[0].second *= factor;
    if (step.aspect == u"class_mix") { // the second class up, the first down: the same hits, another mix
        classes[1].second *= factor;
        classes[0].second = std::max(0.0, classes[0].second - (factor - 1) * profile.classes[1].second);
    }
    if (step.aspect == u"rule_rate")
        rules[0].second *= factor;
    if (step.aspect == u"model_mix")
        models = {{models[0].first, 1.0 - models[1].second * factor},
                  {models[1].first, models[1].second * factor}};
    if (step.aspect == u"route_mix")
        routes = {{routes[0].first, 1.0 - routes[1].second * factor},
                  {routes[1].first, routes[1].second * factor}};
    const int n = count(random);
    for (int i = 0; i < n; ++i) {
        DriftObservation observation;
        observation.seq = ++seq;
        observation.timeMs = weekStartMs + qint64(unit(random) * double(kWeekMs - 1));
        observation.service = serviceName;
        observation.user =
            QStringLiteral("u%1-%2").arg(service).arg(int(unit(random) * profile.usersPerService));
        observation.model = pick(models, unit(random));
        observation.route = pick(routes, unit(random));
        observation.reachedProvider = true;
        for (const auto &[name, chance] : std::as_const(classes)) {
            if (unit(random) < chance)
                observation.classes.append(name);
        }
        for (const auto &[name, chance] : std::as_const(rules)) {
            if (unit(random) < chance)
                observation.rules.append(name);
        }
        // The rule on e-mail fires wherever e-mail is: rules follow the traffic they watch.
        if (observation.classes.contains(QStringLiteral("email")))
            observation.rules.append(QStringLiteral("r-email"));
        double drawn = length(random);
        if (step.aspect == u"prompt_length")
            drawn *= factor;
        observation.promptLength = qint64(drawn);
        into.append(observation);
    }
}

// The judged week ending `weekEnding` and its baseline weeks, every service; history holds the
// baseline (the store's earlier history).
inline DriftWindow generateWindow(quint64 seed, const Profile &profile, const Step &step, int baselineWeeks,
                                  const QDate &weekEnding = QDate(2026, 6, 28))
{
    std::mt19937_64 random(seed);
    DriftWindow window;
    window.weekEnding = weekEnding;
    window.baselineWeeks = baselineWeeks;
    const qint64 weekStart = window.weekStartMs();
    constexpr qint64 kWeekMs = 7 * 86'400'000LL;
    qint64 seq = 0;
    for (int service = 0; service < profile.services; ++service) {
        for (int week = baselineWeeks; week >= 1; --week)
            generateWeek(random, profile, service, weekStart - week * kWeekMs, Step{}, seq, window.baseline);
        generateWeek(random, profile, service, weekStart, step, seq, window.judged);
    }
    for (const DriftObservation &observation : std::as_const(window.baseline))
        window.history.add(observation);
    return window;
}

} // namespace custos::drifttest
