#include "core/watch/DriftEvaluator.h"

#include "core/watch/DriftFacts.h"
#include "core/watch/DriftStatistics.h"

#include <QSet>

#include <numeric>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

const QStringList kServiceWatchers{u"drift.hit_rate"_s,  u"drift.rule_rate"_s, u"drift.class_mix"_s,
                                   u"drift.model_mix"_s, u"drift.route_mix"_s, u"drift.prompt_length"_s};

QStringList unionOfKeys(const QMap<QString, qint64> &a, const QMap<QString, qint64> &b)
{
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys.append(key);
    }
    std::ranges::sort(keys);
    return keys;
}

int clampedCount(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

DriftEvaluator::DriftEvaluator(DriftSettings settings)
    : m_settings(std::move(settings))
{}

QList<DriftFinding> DriftEvaluator::evaluate(const DriftWindow &window) const
{
    const QMap<QString, DriftTally> judged = DriftTally::byService(window.judged, true);
    const QMap<QString, DriftTally> baseline = DriftTally::byService(window.baseline, false);
    QSet<QString> services;
    for (const QString &service : judged.keys())
        services.insert(service);
    for (const QString &service : baseline.keys())
        services.insert(service);
    QStringList ordered(services.cbegin(), services.cend());
    std::ranges::sort(ordered);
    const DriftTally none;
    QList<DriftFinding> findings;
    for (const QString &service : std::as_const(ordered)) {
        const auto judgedIt = judged.constFind(service);
        const auto baselineIt = baseline.constFind(service);
        const ServicePair pair{service, judgedIt != judged.cend() ? *judgedIt : none,
                               baselineIt != baseline.cend() ? *baselineIt : none};
        if (pair.judged.interactions < m_settings.minInteractions ||
            pair.baseline.interactions < m_settings.minInteractions) {
            const QString note = u"%1 interactions in the week and %2 in the baseline; %3 each needed"_s
                                     .arg(pair.judged.interactions)
                                     .arg(pair.baseline.interactions)
                                     .arg(m_settings.minInteractions);
            for (const QString &watcher : kServiceWatchers)
                findings.append(notEnough(watcher, service, note));
            continue;
        }
        rateWatcher(pair, false, findings);
        rateWatcher(pair, true, findings);
        mixWatcher(pair, u"drift.class_mix"_s, pair.judged.classes, pair.baseline.classes, findings);
        mixWatcher(pair, u"drift.model_mix"_s, pair.judged.models, pair.baseline.models, findings);
        mixWatcher(pair, u"drift.route_mix"_s, pair.judged.routes, pair.baseline.routes, findings);
        promptLengthWatcher(pair, findings);
    }
    adjust(findings);
    findings.append(DriftFacts(m_settings).evaluate(window));
    return findings;
}

void DriftEvaluator::rateWatcher(const ServicePair &pair, bool rules, QList<DriftFinding> &out) const
{
    const auto &judged = rules ? pair.judged.rules : pair.judged.classes;
    const auto &baseline = rules ? pair.baseline.rules : pair.baseline.classes;
    const auto &seqs = rules ? pair.judged.ruleSeqs : pair.judged.classSeqs;
    const double t1 = double(pair.judged.interactions);
    const double t2 = double(pair.baseline.interactions);
    for (const QString &name : unionOfKeys(judged, baseline)) {
        DriftFinding finding;
        finding.watcher = rules ? u"drift.rule_rate"_s : u"drift.hit_rate"_s;
        finding.service = pair.service;
        (rules ? finding.subject : finding.valueClass) = name;
        finding.test = u"conditional binomial"_s;
        const qint64 n1 = judged.value(name);
        const qint64 n2 = baseline.value(name);
        finding.windowCounts = {clampedCount(n1), clampedCount(pair.judged.interactions), clampedCount(n2),
                                clampedCount(pair.baseline.interactions)};
        finding.observed = 1000.0 * double(n1) / t1;
        finding.baseline = 1000.0 * double(n2) / t2;
        if (n1 + n2 < m_settings.minEvents) {
            finding.outcome = DriftFinding::Outcome::NotEnoughTraffic;
            finding.note = u"%1 events in the week and the baseline together; %2 needed"_s.arg(n1 + n2).arg(
                m_settings.minEvents);
            out.append(finding);
            continue;
        }
        // Rates with half an event added, so a rate from nothing still has a finite ratio.
        finding.statistic = ((double(n1) + 0.5) / t1) / ((double(n2) + 0.5) / t2);
        finding.pValue = DriftStatistics::rateRatioP(
            n1, t1, n2, t2, rules ? DriftStatistics::Side::Upper : DriftStatistics::Side::TwoSided);
        finding.inFamily = true;
        finding.note = finding.observed >= finding.baseline ? u"up"_s : u"down"_s;
        for (qint64 seq : seqs.value(name))
            finding.addContributing(seq);
        out.append(finding);
    }
}

void DriftEvaluator::mixWatcher(const ServicePair &pair, const QString &watcher,
                                const QMap<QString, qint64> &judged, const QMap<QString, qint64> &baseline,
                                QList<DriftFinding> &out) const
{
    const QStringList categories = unionOfKeys(judged, baseline);
    if (categories.size() < 2)
        return; // one class, model or route only: no mix to compare
    QList<qint64> judgedRow;
    QList<qint64> baselineRow;
    for (const QString &category : categories) {
        judgedRow.append(judged.value(category));
        baselineRow.append(baseline.value(category));
    }
    const qint64 judgedTotal = std::accumulate(judgedRow.cbegin(), judgedRow.cend(), qint64(0));
    const qint64 baselineTotal = std::accumulate(baselineRow.cbegin(), baselineRow.cend(), qint64(0));
    DriftFinding finding;
    finding.watcher = watcher;
    finding.service = pair.service;
    finding.test = u"chi-square"_s;
    finding.windowCounts = {clampedCount(judgedTotal), clampedCount(pair.judged.interactions),
                            clampedCount(baselineTotal), clampedCount(pair.baseline.interactions)};
    int kept = 0;
    finding.pValue = DriftStatistics::homogeneityP(judgedRow, baselineRow, &kept, &finding.statistic);
    finding.observed = double(categories.size());
    finding.baseline = double(kept);
    if (judgedTotal < m_settings.minEvents || baselineTotal < m_settings.minEvents || kept < 2) {
        finding.outcome = DriftFinding::Outcome::NotEnoughTraffic;
        finding.note = u"%1 in the week and %2 in the baseline over %3 categories, %4 left after merging "
                       "sparse ones"_s.arg(judgedTotal)
                           .arg(baselineTotal)
                           .arg(categories.size())
                           .arg(kept);
        finding.pValue = 1.0;
        out.append(finding);
        return;
    }
    finding.inFamily = true;
    // Name the category whose share moved most, for the person reading the alert.
    double largest = -1.0;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const double shift =
            double(judgedRow[i]) / double(judgedTotal) - double(baselineRow[i]) / double(baselineTotal);
        if (std::abs(shift) > largest) {
            largest = std::abs(shift);
            finding.note = u"%1 %2 by %3 points"_s
                               .arg(categories[i].isEmpty() ? u"(none)"_s : categories[i],
                                    shift >= 0 ? u"up"_s : u"down"_s)
                               .arg(std::round(std::abs(shift) * 1000.0) / 10.0);
        }
    }
    out.append(finding);
}

void DriftEvaluator::promptLengthWatcher(const ServicePair &pair, QList<DriftFinding> &out) const
{
    DriftFinding finding;
    finding.watcher = u"drift.prompt_length"_s;
    finding.service = pair.service;
    finding.test = u"mann-whitney"_s;
    const QList<double> &judged = pair.judged.promptLengths;
    const QList<double> &baseline = pair.baseline.promptLengths;
    finding.windowCounts = {clampedCount(judged.size()), clampedCount(pair.judged.interactions),
                            clampedCount(baseline.size()), clampedCount(pair.baseline.interactions)};
    finding.observed = DriftStatistics::median(judged);
    finding.baseline = DriftStatistics::median(baseline);
    const qsizetype needed = std::max<qsizetype>(m_settings.minEvents, kMinPromptSample);
    if (judged.size() < needed || baseline.size() < needed) {
        finding.outcome = DriftFinding::Outcome::NotEnoughTraffic;
        finding.note =
            u"%1 recorded prompts in the week and %2 in the baseline; %3 each needed"_s.arg(judged.size())
                .arg(baseline.size())
                .arg(needed);
        out.append(finding);
        return;
    }
    finding.pValue = DriftStatistics::mannWhitneyP(judged, baseline, &finding.statistic);
    finding.inFamily = true;
    finding.note = finding.statistic >= 0 ? u"longer"_s : u"shorter"_s;
    out.append(finding);
}

void DriftEvaluator::adjust(QList<DriftFinding> &findings) const
{
    QList<double> pValues;
    QList<qsizetype> members;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (findings[i].inFamily) {
            pValues.append(findings[i].pValue);
            members.append(i);
        }
    }
    const QList<double> adjusted = DriftStatistics::holm(pValues);
    for (qsizetype i = 0; i < members.size(); ++i) {
        DriftFinding &finding = findings[members[i]];
        finding.adjustedP = adjusted[i];
        finding.outcome =
            adjusted[i] <= m_settings.alpha ? DriftFinding::Outcome::Alert : DriftFinding::Outcome::Quiet;
    }
}

DriftFinding DriftEvaluator::notEnough(const QString &watcher, const QString &service, const QString &note)
{
    DriftFinding finding;
    finding.watcher = watcher;
    finding.service = service;
    finding.outcome = DriftFinding::Outcome::NotEnoughTraffic;
    finding.note = note;
    return finding;
}

} // namespace custos
