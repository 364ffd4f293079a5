#include "core/watch/DriftStatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace custos {

namespace {

constexpr double kMinExpected = 5.0;

// Sums pmf(k), pmf(k + step), ... while the terms matter; `ratio(i)` is pmf(i + step) / pmf(i).
template <typename Ratio> double sumTail(double first, qint64 k, qint64 last, int step, Ratio ratio)
{
    double term = first;
    double sum = 0.0;
    for (qint64 i = k;; i += step) {
        sum += term;
        if (i == last)
            break;
        term *= ratio(i);
        if (term < sum * 1e-17)
            break;
    }
    return sum;
}

} // namespace

double DriftStatistics::logBinomialPmf(qint64 k, qint64 n, double p)
{
    return std::lgamma(double(n) + 1) - std::lgamma(double(k) + 1) - std::lgamma(double(n - k) + 1) +
           double(k) * std::log(p) + double(n - k) * std::log1p(-p);
}

double DriftStatistics::binomialUpper(qint64 k, qint64 n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n || p <= 0.0)
        return 0.0;
    if (p >= 1.0)
        return 1.0;
    const double mode = double(n + 1) * p;
    if (double(k) <= mode) // the upper tail holds the mode: 1 - the lower tail, summed the other way
        return std::clamp(1.0 - binomialLower(k - 1, n, p), 0.0, 1.0);
    const double odds = p / (1.0 - p);
    const double first = std::exp(logBinomialPmf(k, n, p));
    return std::min(1.0,
                    sumTail(first, k, n, 1, [&](qint64 i) { return double(n - i) / double(i + 1) * odds; }));
}

double DriftStatistics::binomialLower(qint64 k, qint64 n, double p)
{
    if (k < 0)
        return 0.0;
    if (k >= n || p <= 0.0)
        return 1.0;
    if (p >= 1.0)
        return 0.0;
    const double mode = double(n + 1) * p;
    if (double(k) >= mode)
        return std::clamp(1.0 - binomialUpper(k + 1, n, p), 0.0, 1.0);
    const double odds = (1.0 - p) / p;
    const double first = std::exp(logBinomialPmf(k, n, p));
    return std::min(1.0,
                    sumTail(first, k, 0, -1, [&](qint64 i) { return double(i) / double(n - i + 1) * odds; }));
}

double DriftStatistics::rateRatioP(qint64 events1, double exposure1, qint64 events2, double exposure2,
                                   Side side)
{
    const qint64 n = events1 + events2;
    if (n == 0 || exposure1 <= 0.0 || exposure2 <= 0.0)
        return 1.0;
    const double share = exposure1 / (exposure1 + exposure2);
    const double upper = binomialUpper(events1, n, share);
    if (side == Side::Upper)
        return upper;
    return std::min(1.0, 2.0 * std::min(upper, binomialLower(events1, n, share)));
}

double DriftStatistics::homogeneityP(const QList<qint64> &judged, const QList<qint64> &baseline,
                                     int *categories, double *chiSquare)
{
    struct Cell
    {
        double judged = 0;
        double baseline = 0;
        double total() const { return judged + baseline; }
    };
    QList<Cell> cells;
    for (qsizetype i = 0; i < judged.size(); ++i) {
        if (judged[i] + baseline.value(i) > 0)
            cells.append({double(judged[i]), double(baseline.value(i))});
    }
    const double judgedSum = std::accumulate(judged.cbegin(), judged.cend(), 0.0);
    const double baselineSum = std::accumulate(baseline.cbegin(), baseline.cend(), 0.0);
    const double all = judgedSum + baselineSum;
    const double smallerShare = all > 0 ? std::min(judgedSum, baselineSum) / all : 0.0;
    std::ranges::sort(cells, std::greater<>(), &Cell::total);
    // Merge the smallest category into the next smallest until its smaller expected count is >= 5.
    while (cells.size() >= 2 && cells.last().total() * smallerShare < kMinExpected) {
        const Cell smallest = cells.takeLast();
        cells.last().judged += smallest.judged;
        cells.last().baseline += smallest.baseline;
        std::ranges::sort(cells, std::greater<>(), &Cell::total);
    }
    if (categories)
        *categories = int(cells.size());
    if (cells.size() < 2 || smallerShare <= 0.0)
        return 1.0;
    double statistic = 0.0;
    for (const Cell &cell : std::as_const(cells)) {
        const double expectedJudged = cell.total() * judgedSum / all;
        const double expectedBaseline = cell.total() * baselineSum / all;
        statistic += (cell.judged - expectedJudged) * (cell.judged - expectedJudged) / expectedJudged;
        statistic +=
            (cell.baseline - expectedBaseline) * (cell.baseline - expectedBaseline) / expectedBaseline;
    }
    if (chiSquare)
        *chiSquare = statistic;
    return chiSquareUpper(statistic, double(cells.size() - 1));
}

double DriftStatistics::mannWhitneyP(const QList<double> &first, const QList<double> &second, double *z)
{
    const double n1 = double(first.size());
    const double n2 = double(second.size());
    if (first.isEmpty() || second.isEmpty())
        return 1.0;
    QList<std::pair<double, bool>> pooled; // value, from the first sample
    pooled.reserve(first.size() + second.size());
    for (double value : first)
        pooled.append({value, true});
    for (double value : second)
        pooled.append({value, false});
    std::ranges::sort(pooled, {}, &std::pair<double, bool>::first);
    double rankSumFirst = 0.0;
    double tieTerm = 0.0; // sum of t^3 - t over groups of ties
    for (qsizetype i = 0; i < pooled.size();) {
        qsizetype j = i;
        while (j < pooled.size() && pooled[j].first == pooled[i].first)
            ++j;
        const double midRank = (double(i + 1) + double(j)) / 2.0;
        for (qsizetype k = i; k < j; ++k) {
            if (pooled[k].second)
                rankSumFirst += midRank;
        }
        const double ties = double(j - i);
        tieTerm += ties * ties * ties - ties;
        i = j;
    }
    const double u = rankSumFirst - n1 * (n1 + 1) / 2.0;
    const double n = n1 + n2;
    const double variance = n1 * n2 / 12.0 * ((n + 1) - tieTerm / (n * (n - 1)));
    if (variance <= 0.0) {
        if (z)
            *z = 0.0;
        return 1.0; // every value the same
    }
    const double centred = u - n1 * n2 / 2.0;
    const double corrected = std::max(0.0, std::abs(centred) - 0.5);
    const double score = corrected / std::sqrt(variance);
    if (z)
        *z = centred < 0 ? -score : score;
    return std::min(1.0, 2.0 * normalUpper(score));
}

QList<double> DriftStatistics::holm(const QList<double> &pValues)
{
    QList<qsizetype> order(pValues.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::stable_sort(order, [&](qsizetype a, qsizetype b) { return pValues[a] < pValues[b]; });
    QList<double> adjusted(pValues.size(), 1.0);
    const double m = double(pValues.size());
    double running = 0.0;
    for (qsizetype rank = 0; rank < order.size(); ++rank) {
        running = std::max(running, std::min(1.0, (m - double(rank)) * pValues[order[rank]]));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

double DriftStatistics::chiSquareUpper(double x, double degreesOfFreedom)
{
    if (x <= 0.0)
        return 1.0;
    return regularizedGammaQ(degreesOfFreedom / 2.0, x / 2.0);
}

double DriftStatistics::normalUpper(double z)
{
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

double DriftStatistics::median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::ranges::sort(values);
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// Q(a, x) = Γ(a, x) / Γ(a): the series of P for x < a + 1, Lentz's continued fraction otherwise.
double DriftStatistics::regularizedGammaQ(double a, double x)
{
    const double logPrefix = a * std::log(x) - x - std::lgamma(a);
    if (x < a + 1.0) {
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < 10000 && std::abs(term) > std::abs(sum) * 1e-16; ++n) {
            term *= x / (a + n);
            sum += term;
        }
        return std::clamp(1.0 - sum * std::exp(logPrefix), 0.0, 1.0);
    }
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -double(i) * (double(i) - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < 1e-16)
            break;
    }
    return std::clamp(std::exp(logPrefix) * h, 0.0, 1.0);
}

} // namespace custos
