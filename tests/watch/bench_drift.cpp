// bench_drift: the weekly drift watchers on generated traffic (tests/watch/DriftTraffic.h). Prints,
// per watcher, false alerts per 100 service-weeks under unchanged traffic at three volumes, and the
// share of planted steps detected by the watcher they belong to. Prints figures; never a test.
//
// Traffic: 3 services a week, Poisson interactions per service-week (60, 300 or 1,500), each
// carrying e-mail (4 %), phone numbers (3 %) and cards (1 %), a rule firing on 3 % and one on every
// e-mail, two models (70/30), two routes (80/20), log-normal prompt lengths; four baseline weeks.
// alpha 0.01, minimum_interactions 50. BENCH_DRIFT_WEEKS sets the weeks per figure (default 1,000).
#include "core/watch/DriftEvaluator.h"
#include "tests/watch/DriftTraffic.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace custos;
using namespace custos::drifttest;
using namespace Qt::StringLiterals;

namespace {

const QStringList kWatchers{u"drift.hit_rate"_s,  u"drift.rule_rate"_s, u"drift.class_mix"_s,
                            u"drift.model_mix"_s, u"drift.route_mix"_s, u"drift.prompt_length"_s};

struct Planted
{
    const char *name;
    QString aspect;
    double factor;
    QString watcher;
};

// Alerts per watcher over `weeks` generated weeks: service-weeks with an alert of that watcher.
QHash<QString, int> alertedServiceWeeks(const Profile &profile, const Step &step, int weeks, quint64 seedBase,
                                        int *notEnough = nullptr)
{
    QHash<QString, int> alerted;
    for (int week = 0; week < weeks; ++week) {
        const DriftWindow window = generateWindow(seedBase + quint64(week), profile, step, 4);
        QSet<QString> seen;
        for (const DriftFinding &finding : DriftEvaluator(DriftSettings()).evaluate(window)) {
            if (finding.outcome == DriftFinding::Outcome::NotEnoughTraffic && notEnough)
                ++*notEnough;
            if (finding.outcome == DriftFinding::Outcome::Alert && kWatchers.contains(finding.watcher))
                seen.insert(finding.watcher + u'\n' + finding.service);
        }
        for (const QString &key : std::as_const(seen))
            ++alerted[key.section(u'\n', 0, 0)];
    }
    return alerted;
}

void nullTable(int weeks)
{
    std::printf("Null traffic: false alerts per 100 service-weeks (%d weeks x 3 services each)\n", weeks);
    std::printf("%-22s %12s %12s %12s\n", "watcher", "60/week", "300/week", "1500/week");
    QList<QHash<QString, int>> columns;
    QList<int> notEnough;
    for (double volume : {60.0, 300.0, 1500.0}) {
        Profile profile;
        profile.interactionsPerWeek = volume;
        int skipped = 0;
        columns.append(alertedServiceWeeks(profile, Step{}, weeks, 1'000'000, &skipped));
        notEnough.append(skipped);
    }
    const double serviceWeeks = 3.0 * weeks;
    for (const QString &watcher : kWatchers) {
        std::printf("%-22s", qPrintable(watcher));
        for (const auto &column : std::as_const(columns))
            std::printf(" %12.3f", 100.0 * column.value(watcher) / serviceWeeks);
        std::printf("\n");
    }
    std::printf("%-22s", "not-enough findings");
    for (int skipped : std::as_const(notEnough))
        std::printf(" %12d", skipped);
    std::printf("\n\n");
}

void detectionTable(int weeks)
{
    const QList<Planted> planted{{"e-mail hits x3", u"hit_rate"_s, 3.0, u"drift.hit_rate"_s},
                                 {"e-mail hits x2", u"hit_rate"_s, 2.0, u"drift.hit_rate"_s},
                                 {"rule fires x3", u"rule_rate"_s, 3.0, u"drift.rule_rate"_s},
                                 {"phone for e-mail x3", u"class_mix"_s, 3.0, u"drift.class_mix"_s},
                                 {"second model x2", u"model_mix"_s, 2.0, u"drift.model_mix"_s},
                                 {"second route x2", u"route_mix"_s, 2.0, u"drift.route_mix"_s},
                                 {"prompts x1.5", u"prompt_length"_s, 1.5, u"drift.prompt_length"_s},
                                 {"prompts x1.2", u"prompt_length"_s, 1.2, u"drift.prompt_length"_s}};
    std::printf("Planted steps in the judged week: share of service-weeks detected (%d weeks x 3 services)\n",
                weeks);
    std::printf("%-22s %-22s %12s %12s %12s\n", "step", "watcher", "60/week", "300/week", "1500/week");
    for (const Planted &step : planted) {
        std::printf("%-22s %-22s", step.name, qPrintable(step.watcher));
        for (double volume : {60.0, 300.0, 1500.0}) {
            Profile profile;
            profile.interactionsPerWeek = volume;
            const auto alerted =
                alertedServiceWeeks(profile, Step{step.aspect, step.factor}, weeks, 2'000'000);
            std::printf(" %11.1f%%", 100.0 * alerted.value(step.watcher) / (3.0 * weeks));
        }
        std::printf("\n");
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int weeks = qEnvironmentVariableIsSet("BENCH_DRIFT_WEEKS")
                          ? qEnvironmentVariableIntValue("BENCH_DRIFT_WEEKS")
                          : 1000;
    QElapsedTimer timer;
    timer.start();
    nullTable(weeks);
    detectionTable(std::max(50, weeks / 5));
    std::printf("done in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return 0;
}
