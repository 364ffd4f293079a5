#include "VerifyReport.h"

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
    }
    return {};
}

QString VerifyReport::summary() const
{
    if (!error.isEmpty())
        return u"cannot verify: "_s + error;
    if (cancelled)
        return u"verification cancelled after %1 events"_s.arg(eventsChecked);
    if (damage != Damage::None)
        return u"DAMAGED at seq %1 (%2): %3"_s.arg(firstBadSeq).arg(damageName(damage), detail);
    return u"ok: %1 events, head seq %2, %3 checkpoints and %4 external checkpoints verified"_s
        .arg(eventsChecked)
        .arg(headSeq)
        .arg(checkpointsChecked)
        .arg(externalCheckpointsChecked);
}

QJsonObject VerifyReport::toJson() const
{
    QJsonObject json{{u"ok"_s, ok()},
                     {u"eventsChecked"_s, eventsChecked},
                     {u"headSeq"_s, headSeq},
                     {u"checkpointsChecked"_s, checkpointsChecked},
                     {u"externalCheckpointsChecked"_s, externalCheckpointsChecked}};
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
