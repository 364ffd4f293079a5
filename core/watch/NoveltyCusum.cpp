#include "core/watch/NoveltyCusum.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

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

int NoveltyCusum::winsorCap(const QList<int> &history)
{
    // The (upper) median without sorting a copy on the heap: this runs for every pair at every day
    // close, so a stack buffer and nth_element keep the day close free of allocations.
    constexpr qsizetype kOnStack = 64;
    std::array<int, kOnStack> stack{};
    std::vector<int> heap;
    int *first = stack.data();
    if (history.size() > kOnStack) {
        heap.assign(history.cbegin(), history.cend());
        first = heap.data();
    } else {
        std::copy(history.cbegin(), history.cend(), first);
    }
    int *middle = first + history.size() / 2;
    std::nth_element(first, middle, first + history.size());
    const double median = *middle;
    return int(std::ceil(median + std::max(3.0, 3.0 * std::sqrt(median + 1.0))));
}

QList<int> NoveltyCusum::winsorized(QList<int> history)
{
    if (history.isEmpty())
        return history;
    const int cap = winsorCap(history);
    for (int &count : history)
        count = std::min(count, cap);
    return history;
}

NoveltyCusum::Baseline NoveltyCusum::baseline(const QList<int> &history, double peerMedian,
                                              const WatchSettings &settings)
{
    // The same as computing on winsorized(history), without the copy.
    const int cap = history.isEmpty() ? 0 : winsorCap(history);
    const double n = double(history.size());
    const double w = settings.peerWeightDays;
    double sum = 0.0;
    for (int count : history)
        sum += std::min(count, cap);
    const double own = history.isEmpty() ? 0.0 : sum / n;
    Baseline result;
    result.rate = n + w > 0 ? (n * own + w * peerMedian) / (n + w) : peerMedian;
    result.rate = std::max(result.rate, kFloor);
    if (history.size() >= 2 && own > 0) {
        double squares = 0.0;
        for (int count : history) {
            const double capped = std::min(count, cap);
            squares += (capped - own) * (capped - own);
        }
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
