#pragma once

#include <QList>

namespace custos {

// The tests behind the drift watchers, each with a p-value that holds at small counts, so a
// watcher's false-alarm rate is its alpha however little traffic there is (no fixed distance
// thresholds).
class DriftStatistics
{
public:
    enum class Side { Upper, TwoSided };

    // P(X >= k) and P(X <= k) for X ~ Binomial(n, p), summed exactly (in log space from the tail's
    // end nearest the mode outwards, so large n stays accurate).
    static double binomialUpper(qint64 k, qint64 n, double p);
    static double binomialLower(qint64 k, qint64 n, double p);
    // The conditional test of two Poisson rates: `events1` in exposure `exposure1` (the judged week's
    // interactions) against `events2` in `exposure2` (the baseline's). Given the n = events1 +
    // events2 events, events1 ~ Binomial(n, exposure1 / (exposure1 + exposure2)) when the rates are
    // equal; the p-value is that binomial's exact tail (two-sided: twice the smaller tail, at most 1).
    static double rateRatioP(qint64 events1, double exposure1, qint64 events2, double exposure2, Side side);

    // Pearson's chi-square test of homogeneity of a 2 x K table (judged row, baseline row). Sparse
    // cells are merged first: the category with the smallest total joins the next smallest until every
    // expected count is at least 5, the condition under which the chi-square tail holds. `categories`
    // gets the number left; with fewer than 2 there is nothing to test and the p-value is 1.
    static double homogeneityP(const QList<qint64> &judged, const QList<qint64> &baseline,
                               int *categories = nullptr, double *chiSquare = nullptr);

    // The Mann-Whitney U test of two samples, two-sided, with the normal approximation, the tie
    // correction of the variance and a continuity correction. `z` gets the signed z (positive when
    // the first sample tends to be larger).
    static double mannWhitneyP(const QList<double> &first, const QList<double> &second, double *z = nullptr);

    // Holm's step-down adjustment: adjusted[i] <= alpha rejects hypothesis i with the family-wise error
    // rate at most alpha, whatever the dependence between the tests.
    static QList<double> holm(const QList<double> &pValues);

    static double chiSquareUpper(double x, double degreesOfFreedom);
    static double normalUpper(double z);
    static double median(QList<double> values);

private:
    static double logBinomialPmf(qint64 k, qint64 n, double p);
    static double regularizedGammaQ(double a, double x);
};

} // namespace custos
