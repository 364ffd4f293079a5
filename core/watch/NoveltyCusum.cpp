#include "core/watch/NoveltyCusum.h"

#include <algorithm>
#include <cmath>

namespace custos {

double NoveltyCusum::mean(const QList<int> &history)
{
    if (history.isEmpty())
        return 0.0;
    double sum = 0.0;
    for (int count : history)
        sum += count;
    return sum / double(history.size());
}

QList<int> NoveltyCusum::winsorized(QList<int> history)
{
    if (history.isEmpty())
        return history;
    QList<int> sorted = history;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.at(sorted.size() / 2);
    const int cap = int(std::ceil(median + std::max(3.0, 3.0 * std::sqrt(median + 1.0))));
    for (int &count : history)
        count = std::min(count, cap);
    return history;
}

NoveltyCusum::Baseline NoveltyCusum::baseline(const QList<int> &rawHistory, double peerMedian,
                                              const WatchSettings &settings)
{
    const QList<int> history = winsorized(rawHistory);
    const double n = double(history.size());
    const double w = settings.peerWeightDays;
    const double own = mean(history);
    Baseline result;
    result.rate = n + w > 0 ? (n * own + w * peerMedian) / (n + w) : peerMedian;
    result.rate = std::max(result.rate, kFloor);
    if (history.size() >= 2 && own > 0) {
        double squares = 0.0;
        for (int count : history)
            squares += (count - own) * (count - own);
        const double ratio = squares / (n - 1.0) / own;
        result.dispersion = std::max(1.0, (n * ratio + w) / (n + w));
    }
    return result;
}

double NoveltyCusum::step(int novelToday, const Baseline &baseline, const WatchSettings &settings)
{
    const double lambda0 = baseline.rate;
    const double lambda1 = settings.ratio * lambda0 + settings.shift;
    const double logLikelihood = novelToday * std::log(lambda1 / lambda0) - (lambda1 - lambda0);
    return std::min(logLikelihood / baseline.dispersion, settings.maxStep);
}

} // namespace custos
