#include "VerifyReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos {

QString damageName(Damage damage)
{
    switch (damage) {
    case Damage::None:
        return u"none"_s;
    case Damage::Modified:
        return u"modified"_s;
    case Damage::Deleted:
        return u"deleted"_s;
    case Damage::Inserted:
        return u"inserted"_s;
    case Damage::Reordered:
        return u"reordered"_s;
    case Damage::Truncated:
        return u"truncated"_s;
    case Damage::RolledBack:
        return u"rolled back"_s;
    case Damage::BadSignature:
        return u"bad signature"_s;
    case Damage::BadTombstone:
        return u"unaccounted tombstone"_s;
    case Damage::Projection:
        return u"projection differs"_s;
    case Damage::CorruptPage:
        return u"corrupt page"_s;
    }
    return {};
}

void VerifyReport::addFinding(VerifyFinding finding)
{
    if (damage == Damage::None) {
        damage = finding.damage;
        firstBadSeq = finding.seq;
        detail = finding.page > 0 ? u"page %1: %2"_s.arg(finding.page).arg(finding.detail) : finding.detail;
    }
    findings.append(std::move(finding));
}

QString VerifyReport::summary() const
{
    if (!error.isEmpty())
        return u"cannot verify: "_s + error;
    if (cancelled)
        return u"verification cancelled after %1 events"_s.arg(eventsChecked);
    if (damage != Damage::None) {
        QString text = u"DAMAGED at seq %1 (%2): %3"_s.arg(firstBadSeq).arg(damageName(damage), detail);
        if (findings.size() > 1)
            text += u" (and %1 more findings)"_s.arg(findings.size() - 1);
        return text;
    }
    QString text =
        u"ok: %1 events (chain formula %2), head seq %3, %4 checkpoints, %5 external and %6 witness"
        " checkpoints verified"_s.arg(eventsChecked)
            .arg(chainFormula)
            .arg(headSeq)
            .arg(checkpointsChecked)
            .arg(externalCheckpointsChecked)
            .arg(witnessCheckpointsChecked);
    if (projectionsChecked > 0 || pagesChecked > 0)
        text += u"; %1 query-table rows and %2 pages checked"_s.arg(projectionsChecked).arg(pagesChecked);
    if (!witnessWarning.isEmpty())
        text += u"\nWARNING: "_s + witnessWarning;
    return text;
}

QJsonObject VerifyReport::toJson() const
{
    QJsonObject json{{u"ok"_s, ok()},
                     {u"eventsChecked"_s, eventsChecked},
                     {u"headSeq"_s, headSeq},
                     {u"checkpointsChecked"_s, checkpointsChecked},
                     {u"externalCheckpointsChecked"_s, externalCheckpointsChecked},
                     {u"chainFormula"_s, chainFormula},
                     {u"projectionsChecked"_s, projectionsChecked},
                     {u"pagesChecked"_s, pagesChecked},
                     {u"witnessCheckpointsChecked"_s, witnessCheckpointsChecked}};
    if (!witnessPath.isEmpty())
        json.insert(u"witness"_s, witnessPath);
    if (!witnessWarning.isEmpty())
        json.insert(u"witnessWarning"_s, witnessWarning);
    if (!findings.isEmpty()) {
        QJsonArray list;
        for (const VerifyFinding &finding : findings) {
            QJsonObject item{{u"damage"_s, damageName(finding.damage)}, {u"detail"_s, finding.detail}};
            if (finding.seq > 0)
                item.insert(u"seq"_s, finding.seq);
            if (finding.page > 0)
                item.insert(u"page"_s, finding.page);
            list.append(item);
        }
        json.insert(u"findings"_s, list);
    }
    if (damage != Damage::None) {
        json.insert(u"damage"_s, damageName(damage));
        json.insert(u"firstBadSeq"_s, firstBadSeq);
        json.insert(u"detail"_s, detail);
    }
    if (cancelled)
        json.insert(u"cancelled"_s, true);
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    return json;
}

} // namespace custos
